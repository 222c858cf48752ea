// SPDX-License-Identifier: GPL-3.0-or-later
// FieldSpec: validation and normalisation of entered values, and the text shown for stored
// values, always through the real workspace specs, plus a check that whatever the specs accept
// can actually be stored in a program file.
#include "domain/FieldSpec.h"
#include "domain/TimeOfDay.h"
#include "domain/WorkspaceSpecs.h"
#include "storage/ProgramDatabase.h"

#include <QDate>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

const TableSpec& specNamed(const QString& name)
{
    if (name == QLatin1String("mentor"))
        return mentorTableSpec();
    if (name == QLatin1String("cohort"))
        return cohortTableSpec();
    return sellerTableSpec();
}

/// A value as a failure message shows it, type included.
QString describe(const QVariant& value)
{
    if (!value.isValid())
        return QStringLiteral("<invalid>");
    if (value.isNull())
        return QStringLiteral("<null %1>").arg(QString::fromLatin1(value.typeName()));
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("<null QString>");
    return QStringLiteral("%1(%2)").arg(QString::fromLatin1(value.typeName()), value.toString());
}

} // namespace

class TestFieldSpec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void validate_data();
    void validate();
    void validateLocaleFormattedNumbers_data();
    void validateLocaleFormattedNumbers();
    void ambiguousSeparatorSaysWhy();
    void requiredMessageNamesTheField_data();
    void requiredMessageNamesTheField();
    void displayText_data();
    void displayText();
    void acceptedValuesFitTheSchema_data();
    void acceptedValuesFitTheSchema();

private:
    QLocale m_originalLocale;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDatabase> m_db;
};

void TestFieldSpec::initTestCase()
{
    m_originalLocale = QLocale();
    QLocale::setDefault(QLocale::c());

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<ProgramDatabase>();
    QCOMPARE(m_db->open(m_dir->filePath(QStringLiteral("fieldspec.mentordesk"))), ProgramDatabase::Outcome::Created);
    const QSqlDatabase db = m_db->connection();
    SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, contact_name, email, phone, "
                                      "category, country, created_utc, updated_utc) VALUES (1, 'EXT-1', 'Alpha', "
                                      "'Ann', 'ann@alpha.co', '+49 1', 'Toys', 'DE', '2026-01-01T00:00:00Z', "
                                      "'2026-01-01T00:00:00Z')")));
    SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentors(id, name, email, phone, categories, industries, country, "
                                      "time_zone, created_utc, updated_utc) VALUES (1, 'Mira', 'mira@m.co', '+1', "
                                      "'Toys', 'Retail', 'FR', 'Europe/Paris', '2026-01-01T00:00:00Z', "
                                      "'2026-01-01T00:00:00Z')")));
    SQL_OK(execSql(db, QStringLiteral("INSERT INTO cohorts(id, name, start_date, focus_category, notes, created_utc, "
                                      "updated_utc) VALUES (1, 'Spring', '2026-01-01', 'Toys', 'n', "
                                      "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
}

void TestFieldSpec::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestFieldSpec::cleanupTestCase()
{
    m_db.reset();
    m_dir.reset();
    QLocale::setDefault(m_originalLocale);
}

// ---------------------------------------------------------------------------------------------

void TestFieldSpec::validate_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QVariant>("expected");       // normalised value when accepted; null = must be null
    QTest::addColumn<QString>("messageContains"); // when refused

    const QString seller = QStringLiteral("seller");
    const QString mentor = QStringLiteral("mentor");
    const QString cohort = QStringLiteral("cohort");
    const QVariant null;
    const auto s = [](const char* text) { return QVariant(QString::fromUtf8(text)); };

    // E-mail (seller e-mail).
    QTest::newRow("email ok") << seller << "email" << s("a@b.co") << true << s("a@b.co") << QString();
    QTest::newRow("email trimmed") << seller << "email" << s("  a@b.co ") << true << s("a@b.co") << QString();
    QTest::newRow("email plus and subdomain") << seller << "email" << s("first.last+tag@shop.example.org") << true
                                              << s("first.last+tag@shop.example.org") << QString();
    QTest::newRow("email without tld") << seller << "email" << s("a@b") << false << null << "“a@b”";
    QTest::newRow("email with space") << seller << "email" << s("a b@c.de") << false << null << "e-mail";
    QTest::newRow("email without local part") << seller << "email" << s("@x.com") << false << null << "e-mail";
    QTest::newRow("email double at") << seller << "email" << s("a@@b.com") << false << null << "e-mail";
    QTest::newRow("email double dot") << seller << "email" << s("a..b@c.com") << false << null << "e-mail";
    QTest::newRow("email one-letter tld") << seller << "email" << s("a@b.c") << false << null << "e-mail";
    // RFC 5322 dot-atom: the local part may neither start nor end with a dot.
    QTest::newRow("email leading dot") << seller << "email" << s(".a@b.co") << false << null << "e-mail";
    QTest::newRow("email trailing dot in local part") << seller << "email" << s("a.@b.co") << false << null << "e-mail";
    QTest::newRow("mentor email invalid") << mentor << "email" << s("mira(at)m.co") << false << null << "e-mail";

    // Numbers with a range: listing quality is 0–100 (PRODUCT.md).
    const QString quality = QStringLiteral("latest_listing_quality");
    QTest::newRow("quality -1") << seller << quality << s("-1") << false << null << "between 0 and 100";
    QTest::newRow("quality 101") << seller << quality << s("101") << false << null << "between 0 and 100";
    QTest::newRow("quality 100.5") << seller << quality << s("100.5") << false << null << "between 0 and 100";
    QTest::newRow("quality 55") << seller << quality << s("55") << true << QVariant(55.0) << QString();
    QTest::newRow("quality 0") << seller << quality << s("0") << true << QVariant(0.0) << QString();
    QTest::newRow("quality 100") << seller << quality << s("100") << true << QVariant(100.0) << QString();
    QTest::newRow("quality padded") << seller << quality << s(" 42.5 ") << true << QVariant(42.5) << QString();
    QTest::newRow("quality as double") << seller << quality << QVariant(73.25) << true << QVariant(73.25) << QString();
    QTest::newRow("quality as int") << seller << quality << QVariant(12) << true << QVariant(12.0) << QString();
    QTest::newRow("quality text") << seller << quality << s("good") << false << null << "not a number";
    QTest::newRow("quality 55 percent") << seller << quality << s("55 %") << false << null << "not a number";
    QTest::newRow("quality infinity") << seller << quality << s("inf") << false << null << QString();
    // NaN is neither below the minimum nor above the maximum, so a plain range check lets it through.
    QTest::newRow("quality nan") << seller << quality << s("nan") << false << null << QString();
    QTest::newRow("quality empty is null") << seller << quality << s("") << true << null << QString();
    QTest::newRow("velocity 12.5") << seller << "sales_velocity" << s("12.5") << true << QVariant(12.5) << QString();
    QTest::newRow("velocity negative") << seller << "sales_velocity" << s("-0.5") << false << null << "between";
    QTest::newRow("hours above 80") << seller << "weekly_hours" << s("80.5") << false << null << "between";

    // Integers: whole numbers only, stored as qint64.
    QTest::newRow("capacity 2.5") << mentor << "capacity" << s("2.5") << false << null << "whole number";
    QTest::newRow("capacity 2.5 double") << mentor << "capacity" << QVariant(2.5) << false << null << "whole number";
    QTest::newRow("capacity 3") << mentor << "capacity" << s("3") << true << QVariant(qint64(3)) << QString();
    QTest::newRow("capacity 50") << mentor << "capacity" << s("50") << true << QVariant(qint64(50)) << QString();
    QTest::newRow("capacity 51") << mentor << "capacity" << s("51") << false << null << "between 0 and 50";
    // A whole number far beyond qint64: the answer is the range, and converting it to qint64
    // first is undefined behaviour.
    QTest::newRow("capacity 1e30") << mentor << "capacity" << s("1e30") << false << null << "between 0 and 50";
    QTest::newRow("capacity text") << mentor << "capacity" << s("three") << false << null << "not a number";
    QTest::newRow("complexity 0") << seller << "inventory_complexity" << s("0") << false << null << "between 1 and 5";
    QTest::newRow("complexity 5") << seller << "inventory_complexity" << s("5") << true << QVariant(qint64(5))
                                  << QString();
    QTest::newRow("complexity empty is null")
        << seller << "inventory_complexity" << s(" ") << true << null << QString();
    QTest::newRow("roundtable day 29") << cohort << "roundtable_day" << s("29") << false << null << "between 1 and 28";

    // Dates, normalised to ISO 8601.
    QTest::newRow("date feb 30") << seller << "enrolment_date" << s("2026-02-30") << false << null << "2026-02-30";
    QTest::newRow("date feb 28") << seller << "enrolment_date" << s("2026-02-28") << true << s("2026-02-28")
                                 << QString();
    QTest::newRow("date leap day") << seller << "enrolment_date" << s("2024-02-29") << true << s("2024-02-29")
                                   << QString();
    QTest::newRow("date no leap day") << seller << "enrolment_date" << s("2025-02-29") << false << null
                                      << "calendar date";
    QTest::newRow("date month 13") << seller << "signup_date" << s("2026-13-01") << false << null << "calendar date";
    QTest::newRow("date dd/mm/yyyy") << seller << "signup_date" << s("28/02/2026") << false << null << "calendar date";
    QTest::newRow("date words") << seller << "signup_date" << s("yesterday") << false << null << "calendar date";
    QTest::newRow("date as QDate") << seller << "first_sale_date" << QVariant(QDate(2026, 3, 1)) << true
                                   << s("2026-03-01") << QString();
    QTest::newRow("date empty is null") << seller << "enrolment_date" << s("") << true << null << QString();
    QTest::newRow("cohort end date empty is null") << cohort << "end_date" << null << true << null << QString();

    // Choices: only the codes of the spec.
    QTest::newRow("status code") << seller << "status" << s("enrolled") << true << s("enrolled") << QString();
    QTest::newRow("status unknown code") << seller << "status" << s("vip") << false << null << "“vip”";
    QTest::newRow("status label is not a code") << seller << "status" << s("Enrolled") << false << null << "Status";
    QTest::newRow("channel code") << seller << "channel" << s("wholesale") << true << s("wholesale") << QString();
    QTest::newRow("channel unknown") << seller << "channel" << s("catalogue") << false << null << "Channel";
    QTest::newRow("tier code") << seller << "tier" << s("high_potential") << true << s("high_potential") << QString();
    QTest::newRow("style empty is null") << seller << "coaching_style" << s("") << true << null << QString();
    QTest::newRow("recognition unknown") << mentor << "recognition_tier" << s("platinum") << false << null
                                         << "Recognition";

    // Text.
    QTest::newRow("text trimmed") << seller << "contact_name" << s("  Ann Example ") << true << s("Ann Example")
                                  << QString();
    QTest::newRow("required text") << seller << "external_id" << s("EXT-9") << true << s("EXT-9") << QString();
    // Optional text columns are NOT NULL DEFAULT '': clearing one yields an empty, non-null string
    // (a null QString is bound as SQL NULL by Qt's SQLite driver).
    const QVariant emptyText(QStringLiteral(""));
    QTest::newRow("optional text empty") << seller << "shop_name" << s("") << true << emptyText << QString();
    QTest::newRow("optional text blank") << mentor << "categories" << s("   ") << true << emptyText << QString();
    QTest::newRow("optional email empty") << seller << "email" << s("") << true << emptyText << QString();
    QTest::newRow("optional email null") << mentor << "email" << null << true << emptyText << QString();

    // Booleans are stored as 0/1.
    QTest::newRow("bool true") << seller << "consent_anonymised" << QVariant(true) << true << QVariant(1) << QString();
    QTest::newRow("bool false") << seller << "consent_anonymised" << QVariant(false) << true << QVariant(0)
                                << QString();
    QTest::newRow("bool text false") << mentor << "active" << s("false") << true << QVariant(0) << QString();
}

void TestFieldSpec::validate()
{
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(QVariant, input);
    QFETCH(bool, accepted);
    QFETCH(QVariant, expected);
    QFETCH(QString, messageContains);

    const FieldSpec* field = specNamed(table).field(key);
    QVERIFY2(field, qPrintable(QStringLiteral("no field %1.%2").arg(table, key)));

    QVariant normalised(QStringLiteral("<untouched>"));
    const QString message = field->validate(input, &normalised);
    if (!accepted) {
        QVERIFY2(!message.isEmpty(),
                 qPrintable(QStringLiteral("%1 was accepted as %2").arg(describe(input), describe(normalised))));
        QVERIFY2(message.contains(messageContains),
                 qPrintable(QStringLiteral("message “%1” lacks “%2”").arg(message, messageContains)));
        QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
        return;
    }
    QVERIFY2(message.isEmpty(), qPrintable(message));
    if (expected.isNull()) {
        QVERIFY2(normalised.isNull(), qPrintable(describe(normalised)));
        return;
    }
    QCOMPARE(normalised.typeId(), expected.typeId());
    QCOMPARE(normalised, expected);
    if (expected.typeId() == QMetaType::QString)
        QVERIFY2(!normalised.toString().isNull(), "a null QString is stored as SQL NULL");
    if (normalised.typeId() == QMetaType::Double)
        QVERIFY(std::isfinite(normalised.toDouble()));
}

void TestFieldSpec::validateLocaleFormattedNumbers_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<double>("expected");

    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("de decimal comma") << german << "seller"
                                      << "latest_listing_quality"
                                      << "55,5" << true << 55.5;
    QTest::newRow("de grouping") << german << "seller"
                                 << "sales_velocity"
                                 << "1.234,5" << true << 1234.5;
    QTest::newRow("de decimal comma out of range") << german << "seller"
                                                   << "latest_listing_quality"
                                                   << "100,5" << false << 0.0;
    QTest::newRow("de integer with decimals") << german << "mentor"
                                              << "capacity"
                                              << "2,5" << false << 0.0;
    QTest::newRow("de integer") << german << "mentor"
                                << "capacity"
                                << "12" << true << 12.0;
    QTest::newRow("en grouping") << english << "seller"
                                 << "sales_velocity"
                                 << "1,234.5" << true << 1234.5;
    QTest::newRow("en decimal point") << english << "seller"
                                      << "latest_listing_quality"
                                      << "55.5" << true << 55.5;
    QTest::newRow("c decimal point") << QLocale::c() << "seller"
                                     << "latest_listing_quality"
                                     << "55.5" << true << 55.5;
    // A group separator that does not group thousands is ambiguous: refused, never read as fifteen.
    QTest::newRow("en comma as decimals is refused") << english << "seller"
                                                     << "sales_velocity"
                                                     << "1,5" << false << 0.0;
    QTest::newRow("en grouping of thousands") << english << "seller"
                                              << "sales_velocity"
                                              << "12,345" << true << 12345.0;
    QTest::newRow("en grouping in twos is refused") << english << "seller"
                                                    << "sales_velocity"
                                                    << "1,23,456" << false << 0.0;
    QTest::newRow("de point as decimals is refused") << german << "seller"
                                                     << "sales_velocity"
                                                     << "1.5" << false << 0.0;
    QTest::newRow("de grouping of thousands") << german << "seller"
                                              << "sales_velocity"
                                              << "12.345" << true << 12345.0;
    QTest::newRow("de grouped with decimals") << german << "seller"
                                              << "sales_velocity"
                                              << "12.345,5" << true << 12345.5;
    QTest::newRow("c decimal comma is no number") << QLocale::c() << "seller"
                                                  << "latest_listing_quality"
                                                  << "55,5" << false << 0.0;
}

void TestFieldSpec::validateLocaleFormattedNumbers()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QFETCH(double, expected);

    QLocale::setDefault(locale);
    const FieldSpec* field = specNamed(table).field(key);
    QVERIFY(field);
    QVariant normalised;
    const QString message = field->validate(input, &normalised);
    if (!accepted) {
        QVERIFY2(!message.isEmpty(), qPrintable(describe(normalised)));
        return;
    }
    QVERIFY2(message.isEmpty(), qPrintable(message));
    QCOMPARE(normalised.toDouble(), expected);
    QCOMPARE(normalised.typeId(),
             field->type == FieldType::Integer ? int(QMetaType::LongLong) : int(QMetaType::Double));
}

void TestFieldSpec::ambiguousSeparatorSaysWhy()
{
    // "1,5" typed in an English window used to become 15: the refusal now names the separators.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const FieldSpec* field = specNamed(QStringLiteral("seller")).field(QStringLiteral("sales_velocity"));
    QVERIFY(field);
    QVariant normalised;
    const QString message = field->validate(QStringLiteral("1,5"), &normalised);
    QVERIFY2(message.contains(QStringLiteral("decimals follow “.” (for example 1.5)")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("“,” only groups thousands")), qPrintable(message));
    QVERIFY(!normalised.isValid());
    QLocale::setDefault(QLocale::c());
}

void TestFieldSpec::requiredMessageNamesTheField_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("title");

    QTest::newRow("seller id empty") << "seller"
                                     << "external_id" << QVariant(QString()) << "Seller ID";
    QTest::newRow("seller id blank") << "seller"
                                     << "external_id" << QVariant(QStringLiteral("   ")) << "Seller ID";
    QTest::newRow("seller id null") << "seller"
                                    << "external_id" << QVariant() << "Seller ID";
    QTest::newRow("status empty") << "seller"
                                  << "status" << QVariant(QString()) << "Status";
    QTest::newRow("channel empty") << "seller"
                                   << "channel" << QVariant(QString()) << "Channel";
    QTest::newRow("mentor name") << "mentor"
                                 << "name" << QVariant(QStringLiteral("\t")) << "Name";
    QTest::newRow("mentor capacity") << "mentor"
                                     << "capacity" << QVariant(QString()) << "Capacity";
    QTest::newRow("cohort start") << "cohort"
                                  << "start_date" << QVariant(QString()) << "Starts";
}

void TestFieldSpec::requiredMessageNamesTheField()
{
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(QVariant, input);
    QFETCH(QString, title);

    const FieldSpec* field = specNamed(table).field(key);
    QVERIFY(field);
    QVERIFY(field->required);
    QCOMPARE(field->translatedTitle(), title);
    QVariant normalised(QStringLiteral("<untouched>"));
    const QString message = field->validate(input, &normalised);
    QVERIFY2(!message.isEmpty(), qPrintable(describe(normalised)));
    QVERIFY2(message.startsWith(title), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("required")), qPrintable(message));
}

void TestFieldSpec::displayText_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QString>("text");

    const QLocale c = QLocale::c();
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("status enrolled") << c << "seller"
                                     << "status" << QVariant(QStringLiteral("enrolled")) << "Enrolled";
    QTest::newRow("status prospect") << c << "seller"
                                     << "status" << QVariant(QStringLiteral("prospect")) << "Not enrolled";
    QTest::newRow("unknown code shown as stored")
        << c << "seller"
        << "status" << QVariant(QStringLiteral("legacy_code")) << "legacy_code";
    QTest::newRow("channel") << c << "seller"
                             << "channel" << QVariant(QStringLiteral("own_storefront")) << "Own storefront";
    QTest::newRow("tier") << c << "seller"
                          << "tier" << QVariant(QStringLiteral("high_potential")) << "High potential";
    QTest::newRow("style") << c << "mentor"
                           << "coaching_style" << QVariant(QStringLiteral("data_driven")) << "Data-driven";
    QTest::newRow("recognition") << c << "mentor"
                                 << "recognition_tier" << QVariant(QStringLiteral("gold")) << "Gold";
    QTest::newRow("choice null") << c << "seller"
                                 << "communication" << QVariant() << "";
    QTest::newRow("date") << c << "seller"
                          << "enrolment_date" << QVariant(QStringLiteral("2026-03-05")) << "2026-03-05";
    QTest::newRow("date null") << c << "seller"
                               << "enrolment_date" << QVariant() << "";
    QTest::newRow("date garbage shown as stored")
        << c << "seller"
        << "signup_date" << QVariant(QStringLiteral("sometime")) << "sometime";
    QTest::newRow("date german stays iso") << german << "cohort"
                                           << "start_date" << QVariant(QStringLiteral("2026-12-01")) << "2026-12-01";
    QTest::newRow("bool 1") << c << "seller"
                            << "consent_anonymised" << QVariant(1) << "Yes";
    QTest::newRow("bool 0") << c << "seller"
                            << "consent_anonymised" << QVariant(0) << "No";
    QTest::newRow("bool text 1") << c << "mentor"
                                 << "active" << QVariant(QStringLiteral("1")) << "Yes";
    QTest::newRow("bool null") << c << "mentor"
                               << "active" << QVariant() << "";
    QTest::newRow("real two decimals") << c << "seller"
                                       << "latest_revenue" << QVariant(1234.5) << "1234.50";
    QTest::newRow("real german") << german << "seller"
                                 << "latest_revenue" << QVariant(1234.5) << "1.234,50";
    QTest::newRow("real no decimals") << c << "seller"
                                      << "latest_listing_quality" << QVariant(55.4) << "55";
    QTest::newRow("real one decimal") << c << "seller"
                                      << "sales_velocity" << QVariant(7.24) << "7.2";
    QTest::newRow("integer") << c << "mentor"
                             << "capacity" << QVariant(qint64(3)) << "3";
    QTest::newRow("text") << c << "seller"
                          << "shop_name" << QVariant(QStringLiteral("Alpha & Co")) << "Alpha & Co";
    QTest::newRow("email") << c << "seller"
                           << "email" << QVariant(QStringLiteral("a@b.co")) << "a@b.co";
}

void TestFieldSpec::displayText()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QFETCH(QString, text);

    QLocale::setDefault(locale);
    const FieldSpec* field = specNamed(table).field(key);
    QVERIFY(field);
    QCOMPARE(field->displayText(stored), text);
}

// Whatever validate() accepts for an editable field must be storable in the column: the specs
// and the schema's NOT NULL / CHECK constraints describe the same rules.
void TestFieldSpec::acceptedValuesFitTheSchema_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("input");

    for (const QString& table : {QStringLiteral("seller"), QStringLiteral("mentor"), QStringLiteral("cohort")}) {
        const TableSpec& spec = specNamed(table);
        for (const FieldSpec& field : spec.fields) {
            if (!field.editable || !field.selectExpression.isEmpty())
                continue;
            const QString prefix = table + QLatin1Char('.') + field.key + QLatin1Char(' ');
            QVariantList inputs;
            switch (field.type) {
            case FieldType::Text:
            case FieldType::CodeList:
                inputs << QStringLiteral("Some text");
                break;
            case FieldType::Email:
                inputs << QStringLiteral("someone@example.org");
                break;
            case FieldType::Integer:
            case FieldType::Real:
                if (field.hasRange)
                    inputs << QString::number(field.minimum, 'f', 0) << QString::number(field.maximum, 'f', 0);
                else
                    inputs << QStringLiteral("1");
                break;
            case FieldType::Date:
                inputs << QStringLiteral("2026-02-28");
                break;
            case FieldType::TimeOfDay:
                inputs << TimeOfDay::format(int(field.minimum)) << TimeOfDay::format(int(field.maximum));
                break;
            case FieldType::Choice:
                for (const Choice& choice : field.choices)
                    inputs << choice.code;
                break;
            case FieldType::Boolean:
                inputs << true << false;
                break;
            }
            if (!field.required)
                inputs << QString(); // clearing an optional field
            for (const QVariant& input : std::as_const(inputs)) {
                const QString name =
                    prefix + (input.toString().isEmpty() ? QStringLiteral("<empty>") : input.toString());
                QTest::newRow(qPrintable(name)) << table << field.key << input;
            }
        }
    }
}

void TestFieldSpec::acceptedValuesFitTheSchema()
{
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(QVariant, input);

    const TableSpec& spec = specNamed(table);
    const FieldSpec* field = spec.field(key);
    QVERIFY(field);
    QVariant normalised;
    const QString message = field->validate(input, &normalised);
    QVERIFY2(message.isEmpty(), qPrintable(message));

    QSqlDatabase db = m_db->connection();
    QVERIFY(db.transaction());
    // A working day ends after it starts (schema version 5): each end is probed with the other at its widest.
    QString companion;
    if (key == QLatin1String("work_start_minute"))
        companion = QStringLiteral(", work_end_minute = 1440");
    else if (key == QLatin1String("work_end_minute"))
        companion = QStringLiteral(", work_start_minute = 0");
    const QString error = execSql(
        db, QStringLiteral("UPDATE %1 SET %2 = ?%3 WHERE id = 1").arg(spec.table, key, companion), {normalised});
    QSqlQuery readBack(db);
    QVERIFY(readBack.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = 1").arg(key, spec.table)));
    QVERIFY(readBack.next());
    const QVariant stored = readBack.value(0);
    readBack.finish();
    QVERIFY(db.rollback());

    QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("validate() accepted %1 as %2, but the database refused it: %3")
                                             .arg(describe(input), describe(normalised), error)));
    QCOMPARE(stored.isNull(),
             normalised.isNull() || (normalised.typeId() == QMetaType::QString && normalised.toString().isNull()));
    if (!stored.isNull())
        QCOMPARE(stored.toString(), normalised.toString());
}

QTEST_GUILESS_MAIN(TestFieldSpec)
#include "test_fieldspec.moc"
