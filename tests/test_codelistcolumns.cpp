// SPDX-License-Identifier: GPL-3.0-or-later
// Lists of codes (a mentor's skills with levels, channels, languages; a seller's languages) and
// working hours as the workspaces and the detail panel show them: the catalogue's translated
// labels and the language's times, never raw codes or minutes; the stored codes stay the edit value.
#include "domain/WorkspaceSpecs.h"
#include "itemmodels/PagedTableModel.h"
#include "storage/ProgramDatabase.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <memory>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

/// Marks every label of the "Choices" context, so a test sees that a label went through it.
class ChoicesMarker : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, "Choices") != 0)
            return {};
        return QStringLiteral("<%1>").arg(QString::fromUtf8(source));
    }
};

const char* const kFixture =
    "INSERT INTO mentors(id, name, created_utc, updated_utc, work_start_minute, work_end_minute) VALUES "
    "(1, 'Ana', 'T0', 'T0', 480, 1440), (2, 'Ben', 'T0', 'T0', 540, 1080);"
    "INSERT INTO mentor_skills(mentor_id, skill, level) VALUES "
    "(1, 'listing_optimisation', 5), (1, 'pricing', 4), (1, 'data_driven_decisions', 2);"
    "INSERT INTO mentor_channels(mentor_id, channel) VALUES (1, 'social'), (1, 'own_storefront');"
    "INSERT INTO mentor_languages(mentor_id, language) VALUES (1, 'de'), (1, 'en'), (1, 'xx'), (1, 'mt');"
    "INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) VALUES (1, 'S1', 'Alpha', 'T0', 'T0');"
    "INSERT INTO seller_languages(seller_id, language) VALUES (1, 'fr'), (1, 'ja')";

} // namespace

class TestCodeListColumns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shownAsLabels_data();
    void shownAsLabels();
    void labelsAreTranslated();
    void workingHoursShownAsTimes_data();
    void workingHoursShownAsTimes();
    void sortAndSearchStillWork();

private:
    std::unique_ptr<PagedTableModel> modelOf(const TableSpec& spec);
    QSqlDatabase db() const { return m_db->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_db;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestCodeListColumns::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<ProgramDatabase>();
    QCOMPARE(m_db->open(m_dir->filePath(QStringLiteral("lists.mentordesk"))), ProgramDatabase::Outcome::Created);
    for (const QString& statement : QString::fromLatin1(kFixture).split(QLatin1Char(';')))
        SQL_OK(execSql(db(), statement));
}

void TestCodeListColumns::cleanup()
{
    m_tester.reset();
    m_db.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale::c());
}

std::unique_ptr<PagedTableModel> TestCodeListColumns::modelOf(const TableSpec& spec)
{
    auto model = std::make_unique<PagedTableModel>(spec);
    m_tester =
        std::make_unique<QAbstractItemModelTester>(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setDatabase(db(), &m_db->dialect(), nullptr);
    return model;
}

void TestCodeListColumns::shownAsLabels_data()
{
    QTest::addColumn<bool>("mentors");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("shown");
    // In the catalogue's order whatever the rows' order; a code without a choice by Qt's name
    // for the language, or as stored when there is none.
    QTest::newRow("skills with levels") << true << 0 << "skills"
                                        << "Pricing 4/5, Listing optimisation 5/5, Data-driven decisions 2/5";
    QTest::newRow("channels") << true << 0 << "channels"
                              << "Own storefront, Social";
    QTest::newRow("mentor languages") << true << 0 << "languages"
                                      << "English, German, Maltese, xx";
    QTest::newRow("seller languages") << false << 0 << "languages"
                                      << "French, Japanese";
    QTest::newRow("no skills") << true << 1 << "skills"
                               << "";
}

void TestCodeListColumns::shownAsLabels()
{
    QFETCH(bool, mentors);
    QFETCH(int, row);
    QFETCH(QString, key);
    QFETCH(QString, shown);
    const TableSpec& spec = mentors ? mentorTableSpec() : sellerTableSpec();
    const std::unique_ptr<PagedTableModel> model = modelOf(spec);
    const int column = spec.fieldIndex(key);
    QVERIFY(column >= 0);
    const QModelIndex index = model->index(row, column);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), shown);
    QVERIFY(!index.data(Qt::DisplayRole).toString().contains(QLatin1Char('_')));
}

void TestCodeListColumns::labelsAreTranslated()
{
    ChoicesMarker marker;
    QVERIFY(QCoreApplication::installTranslator(&marker));
    const std::unique_ptr<PagedTableModel> model = modelOf(mentorTableSpec());
    const int skills = mentorTableSpec().fieldIndex(QStringLiteral("skills"));
    const int channels = mentorTableSpec().fieldIndex(QStringLiteral("channels"));
    const QString shownSkills = model->index(0, skills).data().toString();
    const QString shownChannels = model->index(0, channels).data().toString();
    QCoreApplication::removeTranslator(&marker);
    QCOMPARE(shownSkills, QStringLiteral("<Pricing> 4/5, <Listing optimisation> 5/5, <Data-driven decisions> 2/5"));
    QCOMPARE(shownChannels, QStringLiteral("<Own storefront>, <Social>"));
}

void TestCodeListColumns::workingHoursShownAsTimes_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("starts");
    QTest::addColumn<QString>("ends");
    QTest::newRow("de until midnight") << "de" << 0 << "08:00"
                                       << "24:00";
    QTest::newRow("de office hours") << "de" << 1 << "09:00"
                                     << "18:00";
    QTest::newRow("en office hours") << "en" << 1 << "9:00 AM"
                                     << "6:00 PM";
}

void TestCodeListColumns::workingHoursShownAsTimes()
{
    QFETCH(QString, locale);
    QFETCH(int, row);
    QFETCH(QString, starts);
    QFETCH(QString, ends);
    QLocale::setDefault(QLocale(locale));
    const std::unique_ptr<PagedTableModel> model = modelOf(mentorTableSpec());
    const int start = mentorTableSpec().fieldIndex(QStringLiteral("work_start_minute"));
    const int end = mentorTableSpec().fieldIndex(QStringLiteral("work_end_minute"));
    QCOMPARE(model->headerData(start, Qt::Horizontal).toString(), QStringLiteral("Work starts"));
    QCOMPARE(model->index(row, start).data().toString(), starts);
    QCOMPARE(model->index(row, end).data().toString(), ends);
    QCOMPARE(model->index(row, start).data(Qt::EditRole).toInt(), row == 0 ? 480 : 540);
}

void TestCodeListColumns::sortAndSearchStillWork()
{
    const std::unique_ptr<PagedTableModel> model = modelOf(mentorTableSpec());
    const int name = mentorTableSpec().fieldIndex(QStringLiteral("name"));
    const int skills = mentorTableSpec().fieldIndex(QStringLiteral("skills"));
    QVERIFY(model->isSortable(name));
    QVERIFY(!model->isSortable(skills)); // as before: a list has no index to sort by
    model->sort(name, Qt::DescendingOrder);
    QCOMPARE(model->index(0, name).data().toString(), QStringLiteral("Ben"));
    QCOMPARE(model->index(1, skills).data().toString().left(7), QStringLiteral("Pricing"));
    model->setSearchText(QStringLiteral("Ana"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, skills).data().toString().left(7), QStringLiteral("Pricing"));
}

QTEST_GUILESS_MAIN(TestCodeListColumns)
#include "test_codelistcolumns.moc"
