// SPDX-License-Identifier: GPL-3.0-or-later
// List data of mentors and sellers: ProgramEditor's setListField, setMentorSkills,
// addDisclosure/removeDisclosure and add/removeRelatedCategories with their undo commands
// (ListCommands), the rules they validate by (ListRules) and ListFieldRepository's guarded writes.
#include "domain/WorkspaceSpecs.h"
#include "editing/ListCommands.h"
#include "editing/ProgramEditor.h"
#include "storage/ListFieldRepository.h"
#include "storage/ProgramDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

#include <functional>
#include <memory>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

const QString kActor = QStringLiteral("coordinator@test");

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

/// Two sellers and one mentor with one of everything (the mentor's category row comes from the
/// categories text, through the schema's trigger).
QStringList fixtureStatements()
{
    return {
        QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, created_utc, updated_utc) VALUES "
                       "(1, 'S1', 'Alpha Crafts', 'T0', 'T0'), (2, 'S2', 'Beta Bits', 'T0', 'T0')"),
        QStringLiteral("INSERT INTO mentors(id, name, email, capacity, categories, created_utc, updated_utc) VALUES "
                       "(1, 'Mira Mentor', 'mira@mentors.co', 3, 'Beauty', 'T0', 'T0')"),
        QStringLiteral("INSERT INTO mentor_channels VALUES (1, 'own_storefront')"),
        QStringLiteral("INSERT INTO mentor_languages VALUES (1, 'en')"),
        QStringLiteral("INSERT INTO mentor_skills(mentor_id, skill, level) VALUES (1, 'pricing', 3)"),
        QStringLiteral("INSERT INTO mentor_disclosures(id, mentor_id, kind, seller_id, value, note, declared_on) "
                       "VALUES (1, 1, 'brand', NULL, 'Acme', 'former employer', '2026-01-05')"),
        QStringLiteral("INSERT INTO seller_languages VALUES (1, 'en')"),
        QStringLiteral("INSERT INTO seller_brands VALUES (1, 'Acme')"),
        QStringLiteral("INSERT INTO related_categories VALUES ('Beauty', 'Fashion')"),
    };
}

/// What each step touches, as one text: rows in order, joined by "|".
const QMap<QString, QString>& stateQueries()
{
    static const QMap<QString, QString> queries{
        {QStringLiteral("categories"),
         QStringLiteral(
             "SELECT IFNULL((SELECT group_concat(category, '|') FROM (SELECT category FROM mentor_categories "
             "WHERE mentor_id = 1 ORDER BY category)), '') || '#' || categories FROM mentors WHERE id = 1")},
        {QStringLiteral("channels"), QStringLiteral("SELECT group_concat(channel, '|') FROM (SELECT channel FROM "
                                                    "mentor_channels WHERE mentor_id = 1 ORDER BY channel)")},
        {QStringLiteral("mentor languages"),
         QStringLiteral("SELECT group_concat(language, '|') FROM (SELECT language FROM mentor_languages "
                        "WHERE mentor_id = 1 ORDER BY language)")},
        {QStringLiteral("seller languages"),
         QStringLiteral("SELECT group_concat(language, '|') FROM (SELECT language FROM seller_languages "
                        "WHERE seller_id = 1 ORDER BY language)")},
        {QStringLiteral("brands"), QStringLiteral("SELECT group_concat(brand, '|') FROM (SELECT brand FROM "
                                                  "seller_brands WHERE seller_id = 1 ORDER BY brand)")},
        {QStringLiteral("skills"),
         QStringLiteral("SELECT group_concat(skill || ' ' || level, '|') FROM (SELECT skill, level FROM "
                        "mentor_skills WHERE mentor_id = 1 ORDER BY skill)")},
        {QStringLiteral("disclosures"),
         QStringLiteral("SELECT group_concat(row, '|') FROM (SELECT id || ' ' || kind || ' ' || IFNULL(seller_id, "
                        "'-') || ' ' || value || ' ' || note || ' ' || declared_on AS row FROM mentor_disclosures "
                        "ORDER BY id)")},
        {QStringLiteral("related"), QStringLiteral("SELECT group_concat(pair, '|') FROM (SELECT category_a || '/' || "
                                                   "category_b AS pair FROM related_categories ORDER BY 1)")},
    };
    return queries;
}

using Step = std::function<bool(ProgramEditor&)>;

Step setList(ListField field, qint64 owner, QStringList values)
{
    return [=](ProgramEditor& editor) { return editor.setListField(field, owner, values); };
}

Step setSkills(SkillLevels skills)
{
    return [=](ProgramEditor& editor) { return editor.setMentorSkills(1, skills); };
}

Step disclose(QString kind, QString value, int dayOffset)
{
    return [=](ProgramEditor& editor) {
        return editor.addDisclosure(1, kind, value, QStringLiteral("note"), QDate::currentDate().addDays(dayOffset)) !=
               0;
    };
}

/// The steps the data rows name.
const QMap<QString, Step>& steps()
{
    static const QMap<QString, Step> all{
        {QStringLiteral("categories with a comma"),
         setList(ListField::MentorCategories, 1, {QStringLiteral("Home, Garden"), QStringLiteral(" Beauty ")})},
        {QStringLiteral("categories emptied"), setList(ListField::MentorCategories, 1, {})},
        {QStringLiteral("channels by code and name"),
         setList(ListField::MentorChannels, 1, {QStringLiteral("wholesale"), QStringLiteral("Social")})},
        {QStringLiteral("mentor languages upper case"),
         setList(ListField::MentorLanguages, 1, {QStringLiteral("DE"), QStringLiteral("en"), QStringLiteral("de")})},
        {QStringLiteral("seller languages"), setList(ListField::SellerLanguages, 1, {QStringLiteral("fr")})},
        {QStringLiteral("seller brands"),
         setList(ListField::SellerBrands, 1, {QStringLiteral("Acme"), QStringLiteral("Zeta Works")})},
        {QStringLiteral("skills"),
         setSkills({{QStringLiteral("customer_service"), 2}, {QStringLiteral("pricing"), 5}})},
        {QStringLiteral("skills removed"), setSkills({})},
        {QStringLiteral("seller disclosure"), disclose(QStringLiteral("seller"), QStringLiteral("s2"), 0)},
        {QStringLiteral("category disclosure"), disclose(QStringLiteral("category"), QStringLiteral("Toys"), -3)},
        {QStringLiteral("remove disclosure"), [](ProgramEditor& editor) { return editor.removeDisclosure(1); }},
        {QStringLiteral("relate"),
         [](ProgramEditor& editor) {
             return editor.addRelatedCategories(QStringLiteral("Toys"), QStringLiteral("Beauty"));
         }},
        {QStringLiteral("unrelate"),
         [](ProgramEditor& editor) {
             return editor.removeRelatedCategories(QStringLiteral("Fashion"), QStringLiteral("Beauty"));
         }},
        // Refused steps.
        {QStringLiteral("unknown language"), setList(ListField::MentorLanguages, 1, {QStringLiteral("xx")})},
        {QStringLiteral("three-letter language"), setList(ListField::SellerLanguages, 1, {QStringLiteral("eng")})},
        {QStringLiteral("unknown channel"), setList(ListField::MentorChannels, 1, {QStringLiteral("telepathy")})},
        {QStringLiteral("separator in a brand"), setList(ListField::SellerBrands, 1, {QStringLiteral("A|B")})},
        {QStringLiteral("list of a missing mentor"), setList(ListField::MentorLanguages, 99, {QStringLiteral("en")})},
        {QStringLiteral("level 6"), setSkills({{QStringLiteral("pricing"), 6}})},
        {QStringLiteral("level 0"), setSkills({{QStringLiteral("pricing"), 0}})},
        {QStringLiteral("unknown skill"), setSkills({{QStringLiteral("juggling"), 3}})},
        {QStringLiteral("unknown kind"), disclose(QStringLiteral("friend"), QStringLiteral("Bob"), 0)},
        {QStringLiteral("unknown seller"), disclose(QStringLiteral("seller"), QStringLiteral("S999"), 0)},
        {QStringLiteral("declared tomorrow"), disclose(QStringLiteral("brand"), QStringLiteral("Acme"), 1)},
        {QStringLiteral("brand unnamed"), disclose(QStringLiteral("brand"), QStringLiteral("  "), 0)},
        {QStringLiteral("remove a missing disclosure"),
         [](ProgramEditor& editor) { return editor.removeDisclosure(99); }},
        {QStringLiteral("relate to itself"),
         [](ProgramEditor& editor) {
             return editor.addRelatedCategories(QStringLiteral("Toys"), QStringLiteral("toys"));
         }},
        {QStringLiteral("relate again"),
         [](ProgramEditor& editor) {
             return editor.addRelatedCategories(QStringLiteral("Fashion"), QStringLiteral("Beauty"));
         }},
        {QStringLiteral("unrelate a missing pair"),
         [](ProgramEditor& editor) {
             return editor.removeRelatedCategories(QStringLiteral("Toys"), QStringLiteral("Beauty"));
         }},
    };
    return all;
}

struct AuditRow {
    QString entity;
    qint64 id = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

QVector<AuditRow> auditRowsAfter(const QSqlDatabase& db, qint64 afterId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT entity, entity_id, field, IFNULL(old_value, 'NULL'), "
                                 "IFNULL(new_value, 'NULL'), actor FROM audit_log WHERE id > ? ORDER BY id"));
    query.addBindValue(afterId);
    query.exec();
    QVector<AuditRow> rows;
    while (query.next()) {
        if (query.value(5).toString() != kActor)
            qWarning("audit row by %s", qPrintable(query.value(5).toString()));
        rows << AuditRow{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString()};
    }
    return rows;
}

} // namespace

class TestListCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void stepUndoRedo_data();
    void stepUndoRedo();
    void refusals_data();
    void refusals();
    void unchangedListIsNoStep();
    void undoAfterAnotherEditIsRefused();
    void redoOfRemovedDisclosureKeepsItsId();
    void categoriesTextAndRowsAgree();
    void repositoryWritesOnlyOverTheExpectedList();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    QString state(const QString& table) const { return scalar(db(), stateQueries().value(table)).toString(); }
    qint64 lastAuditId() const
    {
        return scalar(db(), QStringLiteral("SELECT IFNULL(MAX(id), 0) FROM audit_log")).toLongLong();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_db;
    std::unique_ptr<ProgramEditor> m_editor;
};

void TestListCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<ProgramDatabase>();
    QCOMPARE(m_db->open(m_dir->filePath(QStringLiteral("lists.mentordesk"))), ProgramDatabase::Outcome::Created);
    for (const QString& statement : fixtureStatements())
        SQL_OK(execSql(db(), statement));
    m_editor = std::make_unique<ProgramEditor>(db(), kActor);
}

void TestListCommands::cleanup()
{
    m_editor.reset();
    m_db.reset();
    m_dir.reset();
}

void TestListCommands::stepUndoRedo_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("table"); // of stateQueries()
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("entity"); // audit_log.entity, and the change event's kind
    QTest::addColumn<qint64>("entityId");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("auditNew"); // new_value of the step's audit row

    const QString today = day(0);
    QTest::newRow("categories") << "categories with a comma"
                                << "categories"
                                << "Beauty|Home, Garden#Home, Garden, Beauty"
                                << "mentor" << qint64(1) << "categories"
                                << "Beauty, Home, Garden";
    QTest::newRow("categories emptied") << "categories emptied"
                                        << "categories"
                                        << "#"
                                        << "mentor" << qint64(1) << "categories"
                                        << "";
    QTest::newRow("channels") << "channels by code and name"
                              << "channels"
                              << "social|wholesale"
                              << "mentor" << qint64(1) << "channels"
                              << "social, wholesale";
    QTest::newRow("mentor languages") << "mentor languages upper case"
                                      << "mentor languages"
                                      << "de|en"
                                      << "mentor" << qint64(1) << "languages"
                                      << "de, en";
    QTest::newRow("seller languages") << "seller languages"
                                      << "seller languages"
                                      << "fr"
                                      << "seller" << qint64(1) << "languages"
                                      << "fr";
    QTest::newRow("seller brands") << "seller brands"
                                   << "brands"
                                   << "Acme|Zeta Works"
                                   << "seller" << qint64(1) << "brands"
                                   << "Acme, Zeta Works";
    QTest::newRow("skills") << "skills"
                            << "skills"
                            << "customer_service 2|pricing 5"
                            << "mentor" << qint64(1) << "skills"
                            << "customer_service 2, pricing 5";
    QTest::newRow("skills removed") << "skills removed"
                                    << "skills"
                                    << ""
                                    << "mentor" << qint64(1) << "skills"
                                    << "";
    QTest::newRow("seller disclosure")
        << "seller disclosure"
        << "disclosures" << QStringLiteral("1 brand - Acme former employer 2026-01-05|2 seller 2  note %1").arg(today)
        << "mentor" << qint64(1) << "disclosure"
        << "seller: S2 Beta Bits";
    QTest::newRow("category disclosure")
        << "category disclosure"
        << "disclosures"
        << QStringLiteral("1 brand - Acme former employer 2026-01-05|2 category - Toys note %1").arg(day(-3))
        << "mentor" << qint64(1) << "disclosure"
        << "category: Toys";
    QTest::newRow("remove disclosure") << "remove disclosure"
                                       << "disclosures"
                                       << ""
                                       << "mentor" << qint64(1) << "disclosure"
                                       << "NULL";
    QTest::newRow("relate") << "relate"
                            << "related"
                            << "Beauty/Fashion|Beauty/Toys"
                            << "related_category" << qint64(0) << "related_categories"
                            << "Beauty | Toys";
    QTest::newRow("unrelate") << "unrelate"
                              << "related"
                              << ""
                              << "related_category" << qint64(0) << "related_categories"
                              << "NULL";
}

void TestListCommands::stepUndoRedo()
{
    QFETCH(QString, step);
    QFETCH(QString, table);
    QFETCH(QString, after);
    QFETCH(QString, entity);
    QFETCH(qint64, entityId);
    QFETCH(QString, field);
    QFETCH(QString, auditNew);

    const QString before = state(table);
    QVERIFY(before != after);
    const qint64 auditStart = lastAuditId();
    QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);
    QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);

    QVERIFY2(steps().value(step)(*m_editor), qPrintable(m_editor->errorString()));
    QCOMPARE(state(table), after);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    const QVector<AuditRow> written = auditRowsAfter(db(), auditStart);
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.at(0).entity, entity);
    QCOMPARE(written.at(0).id, entityId);
    QCOMPARE(written.at(0).field, field);
    QCOMPARE(written.at(0).newValue, auditNew);
    QCOMPARE(changed.size(), 1);
    const auto event = changed.at(0).at(0).value<ChangeEvent>();
    QCOMPARE(event.type, ChangeEvent::Type::FieldsEdited);
    QVERIFY(event.affects(*entityKindFromText(entity)));
    if (entityId != 0)
        QCOMPARE(event.ids, QVector<qint64>{entityId});

    m_editor->undoStack()->undo();
    QCOMPARE(state(table), before);
    QCOMPARE(changed.size(), 2);
    const QVector<AuditRow> undone = auditRowsAfter(db(), auditStart);
    QCOMPARE(undone.size(), 2);
    // The undo's row is the step's row reversed.
    QCOMPARE(undone.at(1).oldValue, written.at(0).newValue);
    QCOMPARE(undone.at(1).newValue, written.at(0).oldValue);

    m_editor->undoStack()->redo();
    QCOMPARE(state(table), after);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(auditRowsAfter(db(), auditStart).size(), 3);
    QVERIFY(errors.isEmpty());
}

void TestListCommands::refusals_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("sentence"); // part of the refusal

    QTest::newRow("unknown language") << "unknown language"
                                      << "not a language code";
    QTest::newRow("three-letter language") << "three-letter language"
                                           << "ISO 639-1";
    QTest::newRow("unknown channel") << "unknown channel"
                                     << "not a sales channel";
    QTest::newRow("separator") << "separator in a brand"
                               << "separates the values";
    QTest::newRow("missing mentor") << "list of a missing mentor"
                                    << "no longer exists";
    QTest::newRow("level 6") << "level 6"
                             << "between 1 and 5";
    QTest::newRow("level 0") << "level 0"
                             << "between 1 and 5";
    QTest::newRow("unknown skill") << "unknown skill"
                                   << "not one of the skills";
    QTest::newRow("unknown kind") << "unknown kind"
                                  << "a seller, a brand or a category";
    QTest::newRow("unknown seller") << "unknown seller"
                                    << "No seller has the seller ID “S999”";
    QTest::newRow("declared tomorrow") << "declared tomorrow"
                                       << "in the future";
    QTest::newRow("brand unnamed") << "brand unnamed"
                                   << "Enter the brand";
    QTest::newRow("missing disclosure") << "remove a missing disclosure"
                                        << "no longer exists";
    QTest::newRow("relate to itself") << "relate to itself"
                                      << "not related to itself";
    QTest::newRow("relate again") << "relate again"
                                  << "already related";
    QTest::newRow("unrelate missing") << "unrelate a missing pair"
                                      << "no longer related";
}

void TestListCommands::refusals()
{
    QFETCH(QString, step);
    QFETCH(QString, sentence);

    QStringList before;
    for (const QString& query : stateQueries())
        before << scalar(db(), query).toString();
    const qint64 auditStart = lastAuditId();
    QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);

    QVERIFY(steps().contains(step));
    QVERIFY(!steps().value(step)(*m_editor));
    QVERIFY2(m_editor->errorString().contains(sentence), qPrintable(m_editor->errorString()));
    QStringList now;
    for (const QString& query : stateQueries())
        now << scalar(db(), query).toString();
    QCOMPARE(now, before);
    QCOMPARE(lastAuditId(), auditStart);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QVERIFY(changed.isEmpty());
}

void TestListCommands::unchangedListIsNoStep()
{
    const qint64 auditStart = lastAuditId();
    // The same languages in another order and case, the same skills: nothing to do.
    QVERIFY(m_editor->setListField(ListField::MentorLanguages, 1, {QStringLiteral("EN")}));
    QVERIFY(m_editor->setMentorSkills(1, {{QStringLiteral("pricing"), 3}}));
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QCOMPARE(lastAuditId(), auditStart);
}

void TestListCommands::undoAfterAnotherEditIsRefused()
{
    QVERIFY(m_editor->setListField(ListField::SellerLanguages, 1, {QStringLiteral("de")}));
    // Another desk changes the languages meanwhile.
    SQL_OK(execSql(db(), QStringLiteral("INSERT INTO seller_languages VALUES (1, 'it')")));
    QSignalSpy errors(m_editor.get(), &ProgramEditor::errorOccurred);
    QSignalSpy changed(m_editor->changes(), &ChangeFeed::changed);

    m_editor->undoStack()->undo();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("changed meanwhile")),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(state(QStringLiteral("seller languages")), QStringLiteral("de|it"));
    QVERIFY(changed.isEmpty());

    // A disclosure removed elsewhere cannot be withdrawn by an undo of its add.
    const qint64 id =
        m_editor->addDisclosure(1, QStringLiteral("brand"), QStringLiteral("Zeta"), QString(), QDate::currentDate());
    QVERIFY(id != 0);
    SQL_OK(execSql(db(), QStringLiteral("DELETE FROM mentor_disclosures WHERE id = ?"), {id}));
    m_editor->undoStack()->undo();
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(1).at(0).toString().contains(QStringLiteral("no longer exists")));
}

void TestListCommands::redoOfRemovedDisclosureKeepsItsId()
{
    QVERIFY(m_editor->removeDisclosure(1));
    m_editor->undoStack()->undo();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT note FROM mentor_disclosures WHERE id = 1")).toString(),
             QStringLiteral("former employer"));
    m_editor->undoStack()->redo();
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM mentor_disclosures")).toInt(), 0);
}

void TestListCommands::categoriesTextAndRowsAgree()
{
    // An edit of the text column (the workspace's cell) shows in the list the Matching tab edits…
    QVERIFY(m_editor->setField(mentorTableSpec(), 1, QStringLiteral("categories"), QStringLiteral("Beauty, Toys")));
    ListFieldRepository lists(m_editor->records());
    QCOMPARE(lists.list(ListField::MentorCategories, 1),
             (QStringList{QStringLiteral("Beauty"), QStringLiteral("Toys")}));
    // … and the list's edit shows in the text, a name with ", " kept whole among the rows.
    QVERIFY(m_editor->setListField(ListField::MentorCategories, 1,
                                   {QStringLiteral("Toys"), QStringLiteral("Home, Garden")}));
    QCOMPARE(state(QStringLiteral("categories")), QStringLiteral("Home, Garden|Toys#Toys, Home, Garden"));
    m_editor->undoStack()->undo();
    QCOMPARE(state(QStringLiteral("categories")), QStringLiteral("Beauty|Toys#Beauty, Toys"));
    m_editor->undoStack()->undo();
    QCOMPARE(state(QStringLiteral("categories")), QStringLiteral("Beauty#Beauty"));
}

void TestListCommands::repositoryWritesOnlyOverTheExpectedList()
{
    ListFieldRepository lists(m_editor->records());
    const qint64 auditStart = lastAuditId();
    QVERIFY(!lists.replaceList(ListField::SellerBrands, 1, {QStringLiteral("Other")}, {QStringLiteral("New")}));
    QVERIFY(lists.errorString().contains(QStringLiteral("Acme")));
    QVERIFY(!lists.replaceSkills(1, {}, {{QStringLiteral("pricing"), 1}}));
    Disclosure stale = lists.disclosure(1);
    stale.note = QStringLiteral("edited elsewhere");
    QVERIFY(!lists.removeDisclosure(stale));
    QCOMPARE(lastAuditId(), auditStart);
    QCOMPARE(state(QStringLiteral("brands")), QStringLiteral("Acme"));
    QVERIFY(lists.replaceList(ListField::SellerBrands, 1, {QStringLiteral("Acme")}, {QStringLiteral("New")}));
    QCOMPARE(state(QStringLiteral("brands")), QStringLiteral("New"));
}

QTEST_GUILESS_MAIN(TestListCommands)
#include "test_listcommands.moc"
