// SPDX-License-Identifier: GPL-3.0-or-later
// ValueConverter: numbers in both decimal styles (ambiguity reported, not resolved), dates in ISO,
// dotted, slash and dash forms (real calendar dates, ambiguity reported), rates normalised to 0–1,
// booleans, choices through synonyms, and the column-level detection of style, order and scale.
// Every data row runs twice, with C and with de_DE as the default QLocale, because conversion must
// not depend on where the file is imported.
#include "importing/ImportField.h"
#include "importing/ValueConverter.h"

#include <QDate>
#include <QLocale>
#include <QtTest>

using namespace mentordesk;

Q_DECLARE_METATYPE(NumberStyle)
Q_DECLARE_METATYPE(DateOrder)
Q_DECLARE_METATYPE(RateScale)

namespace {

/// Adds the row once per default locale; init() applies the locale the tag names.
template <typename... Values> void addLocaleRows(const char* name, const Values&... values)
{
    for (const char* locale : {"C", "de_DE"})
        (QTest::addRow("%s: %s", locale, name) << ... << values);
}

const ImportField& sellerField(const char* key)
{
    const int index = ImportField::indexOf(ImportKind::SellerProfiles, QString::fromLatin1(key));
    if (index < 0)
        qFatal("no seller import field %s", key);
    return ImportField::fields(ImportKind::SellerProfiles).at(index);
}

ValueConverter converter(NumberStyle style, DateOrder order = DateOrder::Auto)
{
    ValueConverter result;
    result.setNumberStyle(style);
    result.setDateOrder(order);
    return result;
}

constexpr NumberStyle Auto = NumberStyle::Auto;
constexpr NumberStyle Dot = NumberStyle::DotDecimal;
constexpr NumberStyle Comma = NumberStyle::CommaDecimal;

} // namespace

class TestValueConverter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void localeIsApplied_data();
    void localeIsApplied();
    void numbers_data();
    void numbers();
    void invalidNumbers_data();
    void invalidNumbers();
    void integers_data();
    void integers();
    void rates_data();
    void rates();
    void dates_data();
    void dates();
    void invalidDates_data();
    void invalidDates();
    void booleans_data();
    void booleans();
    void choices_data();
    void choices();
    void normalisedWords_data();
    void normalisedWords();
    void detectNumberStyle_data();
    void detectNumberStyle();
    void detectDateOrder_data();
    void detectDateOrder();
    void detectRateScale_data();
    void detectRateScale();
    void emptyCellsAreNullValues();
    void convertDispatchesOnFieldType();
    void ambiguitySentencesShowBothReadings();
};

void TestValueConverter::init()
{
    const bool german = QByteArray(QTest::currentDataTag()).startsWith("de_DE");
    QLocale::setDefault(german ? QLocale(QLocale::German, QLocale::Germany) : QLocale::c());
}

void TestValueConverter::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestValueConverter::localeIsApplied_data()
{
    QTest::addColumn<QString>("decimalPoint");
    addLocaleRows("default locale", QString());
}

void TestValueConverter::localeIsApplied()
{
    // The doubled rows are only worth something if the German default really is in force.
    const bool german = QByteArray(QTest::currentDataTag()).startsWith("de_DE");
    QCOMPARE(QLocale().decimalPoint(), german ? QStringLiteral(",") : QStringLiteral("."));
}

void TestValueConverter::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<double>("expected");

    addLocaleRows("plain dot", QStringLiteral("1234.56"), Auto, 1234.56);
    addLocaleRows("plain comma", QStringLiteral("1234,56"), Auto, 1234.56);
    addLocaleRows("grouped dot style", QStringLiteral("1,234.56"), Auto, 1234.56);
    addLocaleRows("grouped comma style", QStringLiteral("1.234,56"), Auto, 1234.56);
    addLocaleRows("two comma groups prove dot style", QStringLiteral("1,234,567"), Auto, 1234567.0);
    addLocaleRows("two dot groups prove comma style", QStringLiteral("1.234.567"), Auto, 1234567.0);
    addLocaleRows("dot groups and a comma", QStringLiteral("1.234.567,5"), Auto, 1234567.5);
    addLocaleRows("1,234 with decimal points", QStringLiteral("1,234"), Dot, 1234.0);
    addLocaleRows("1,234 with decimal commas", QStringLiteral("1,234"), Comma, 1.234);
    addLocaleRows("1.234 with decimal points", QStringLiteral("1.234"), Dot, 1.234);
    addLocaleRows("1.234 with decimal commas", QStringLiteral("1.234"), Comma, 1234.0);
    addLocaleRows("3,5 in auto", QStringLiteral("3,5"), Auto, 3.5);
    addLocaleRows("3,5 with decimal commas", QStringLiteral("3,5"), Comma, 3.5);
    addLocaleRows("3.5 with decimal points", QStringLiteral("3.5"), Dot, 3.5);
    addLocaleRows("leading zero means decimals", QStringLiteral("0,123"), Auto, 0.123);
    addLocaleRows("leading zero, dot", QStringLiteral("0.123"), Auto, 0.123);
    addLocaleRows("no integer digits, dot", QStringLiteral(".5"), Auto, 0.5);
    addLocaleRows("no integer digits, comma", QStringLiteral(",5"), Auto, 0.5);
    addLocaleRows("four digits before a three-digit fraction", QStringLiteral("1234,567"), Auto, 1234.567);
    addLocaleRows("integer", QStringLiteral("42"), Auto, 42.0);
    addLocaleRows("surrounding spaces", QStringLiteral("  42  "), Auto, 42.0);
    addLocaleRows("zero", QStringLiteral("0"), Auto, 0.0);
    addLocaleRows("negative zero", QStringLiteral("-0"), Auto, 0.0);
    addLocaleRows("negative", QStringLiteral("-12.5"), Auto, -12.5);
    addLocaleRows("unicode minus", QStringLiteral("\u221212,5"), Auto, -12.5);
    addLocaleRows("plus sign", QStringLiteral("+7"), Auto, 7.0);
    addLocaleRows("accounting parentheses", QStringLiteral("(1,234.56)"), Auto, -1234.56);
    addLocaleRows("space groups", QStringLiteral("1 234 567,89"), Auto, 1234567.89);
    addLocaleRows("no-break space groups", QStringLiteral("1\u00a0234,5"), Auto, 1234.5);
    addLocaleRows("narrow no-break space groups", QStringLiteral("1\u202f234.5"), Auto, 1234.5);
    addLocaleRows("Swiss apostrophe groups", QStringLiteral("1'234.50"), Auto, 1234.5);
    addLocaleRows("euro sign before", QStringLiteral("€1,234.56"), Auto, 1234.56);
    addLocaleRows("euro sign after", QStringLiteral("1.234,56 €"), Auto, 1234.56);
    addLocaleRows("currency code before", QStringLiteral("EUR 1.234,56"), Auto, 1234.56);
    addLocaleRows("currency code after", QStringLiteral("1,234.56 USD"), Auto, 1234.56);
    addLocaleRows("pound sign", QStringLiteral("£12.5"), Auto, 12.5);
    addLocaleRows("sign after currency", QStringLiteral("$-5"), Auto, -5.0);
    addLocaleRows("sign before currency", QStringLiteral("-$5"), Auto, -5.0);
    addLocaleRows("percent kept as written", QStringLiteral("85%"), Auto, 85.0);
    addLocaleRows("percent with a space", QStringLiteral("85,5 %"), Auto, 85.5);
    addLocaleRows("Excel scientific", QStringLiteral("1.5E+06"), Auto, 1500000.0);
    addLocaleRows("German Excel scientific", QStringLiteral("1,5E+06"), Auto, 1500000.0);
    addLocaleRows("small scientific", QStringLiteral("2e-3"), Auto, 0.002);
    addLocaleRows("big grouped number", QStringLiteral("1,000,000,000.25"), Dot, 1000000000.25);
}

void TestValueConverter::numbers()
{
    QFETCH(QString, text);
    QFETCH(NumberStyle, style);
    QFETCH(double, expected);

    const ValueConverter::Result result = converter(style).toNumber(text);
    QVERIFY2(result.ok, qPrintable(result.problem));
    QVERIFY(!result.ambiguous);
    QVERIFY(result.problem.isEmpty());
    QCOMPARE(result.value.typeId(), QMetaType::Double);
    QCOMPARE(result.value.toDouble(), expected);
}

void TestValueConverter::invalidNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<bool>("ambiguous");

    addLocaleRows("1,234 in auto", QStringLiteral("1,234"), Auto, true);
    addLocaleRows("1.234 in auto", QStringLiteral("1.234"), Auto, true);
    addLocaleRows("-1.234 in auto", QStringLiteral("-1.234"), Auto, true);
    addLocaleRows("999,999 € in auto", QStringLiteral("999,999 €"), Auto, true);
    addLocaleRows("3,5 with decimal points", QStringLiteral("3,5"), Dot, false);
    addLocaleRows("3.5 with decimal commas", QStringLiteral("3.5"), Comma, false);
    addLocaleRows("1.234,56 with decimal points", QStringLiteral("1.234,56"), Dot, false);
    addLocaleRows("1,234.56 with decimal commas", QStringLiteral("1,234.56"), Comma, false);
    addLocaleRows("letters", QStringLiteral("abc"), Auto, false);
    addLocaleRows("trailing letters", QStringLiteral("12abc"), Auto, false);
    addLocaleRows("two decimal separators", QStringLiteral("1.23.4"), Comma, false);
    addLocaleRows("short groups", QStringLiteral("1,2,3"), Auto, false);
    addLocaleRows("Indian grouping", QStringLiteral("12,34,567"), Auto, false);
    addLocaleRows("groups after the decimals", QStringLiteral("1,234.567.8"), Auto, false);
    addLocaleRows("separator at the end", QStringLiteral("12."), Auto, false);
    addLocaleRows("doubled separators", QStringLiteral("1,,2"), Auto, false);
    addLocaleRows("two signs", QStringLiteral("--5"), Auto, false);
    addLocaleRows("sign at the end", QStringLiteral("5-"), Auto, false);
    addLocaleRows("sign and parentheses", QStringLiteral("(-5)"), Auto, false);
    addLocaleRows("currency only", QStringLiteral("€"), Auto, false);
    addLocaleRows("percent only", QStringLiteral("%"), Auto, false);
    addLocaleRows("exponent overflow", QStringLiteral("1e999"), Auto, false);
    addLocaleRows("nan", QStringLiteral("nan"), Auto, false);
    addLocaleRows("inf", QStringLiteral("inf"), Auto, false);
    addLocaleRows("a date", QStringLiteral("2026-03-31"), Auto, false);
    addLocaleRows("leading zero group", QStringLiteral("0,123,456"), Auto, false);
}

void TestValueConverter::invalidNumbers()
{
    QFETCH(QString, text);
    QFETCH(NumberStyle, style);
    QFETCH(bool, ambiguous);

    const ValueConverter::Result result = converter(style).toNumber(text);
    QVERIFY(!result.ok);
    QCOMPARE(result.ambiguous, ambiguous);
    QVERIFY(result.value.isNull());
    QVERIFY(!result.problem.isEmpty());
    QVERIFY2(result.problem.contains(text.trimmed()), qPrintable(result.problem));
}

void TestValueConverter::integers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<qint64>("expected");

    addLocaleRows("plain", QStringLiteral("17"), Auto, true, false, qint64(17));
    addLocaleRows("negative", QStringLiteral("-3"), Auto, true, false, qint64(-3));
    addLocaleRows("whole with decimals", QStringLiteral("12.0"), Auto, true, false, qint64(12));
    addLocaleRows("German thousands", QStringLiteral("1.234"), Comma, true, false, qint64(1234));
    addLocaleRows("English thousands", QStringLiteral("1,234"), Dot, true, false, qint64(1234));
    addLocaleRows("space thousands", QStringLiteral("1 000"), Auto, true, false, qint64(1000));
    addLocaleRows("millions", QStringLiteral("12.345.678"), Auto, true, false, qint64(12345678));
    addLocaleRows("scientific", QStringLiteral("1e3"), Auto, true, false, qint64(1000));
    addLocaleRows("fraction", QStringLiteral("12.5"), Auto, false, false, qint64(0));
    addLocaleRows("decimal comma fraction", QStringLiteral("2,5"), Auto, false, false, qint64(0));
    addLocaleRows("ambiguous thousands", QStringLiteral("1,234"), Auto, false, true, qint64(0));
    addLocaleRows("1.234 as decimals", QStringLiteral("1.234"), Dot, false, false, qint64(0));
    addLocaleRows("beyond exact doubles", QStringLiteral("1e20"), Auto, false, false, qint64(0));
    addLocaleRows("not a number", QStringLiteral("many"), Auto, false, false, qint64(0));
}

void TestValueConverter::integers()
{
    QFETCH(QString, text);
    QFETCH(NumberStyle, style);
    QFETCH(bool, ok);
    QFETCH(bool, ambiguous);
    QFETCH(qint64, expected);

    const ValueConverter::Result result = converter(style).toInteger(text);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.ambiguous, ambiguous);
    QCOMPARE(result.problem.isEmpty(), ok);
    if (ok) {
        QCOMPARE(result.value.typeId(), QMetaType::LongLong);
        QCOMPARE(result.value.toLongLong(), expected);
    }
}

void TestValueConverter::rates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<RateScale>("scale");
    QTest::addColumn<double>("expected");

    const RateScale autoScale = RateScale::Auto;
    addLocaleRows("percent sign", QStringLiteral("12%"), autoScale, 0.12);
    addLocaleRows("percent sign with a space", QStringLiteral("12 %"), autoScale, 0.12);
    addLocaleRows("bare number above 1 is a percentage", QStringLiteral("12"), autoScale, 0.12);
    addLocaleRows("share", QStringLiteral("0.12"), autoScale, 0.12);
    addLocaleRows("share with a decimal comma", QStringLiteral("0,12"), autoScale, 0.12);
    addLocaleRows("decimal comma percentage", QStringLiteral("12,5 %"), autoScale, 0.125);
    addLocaleRows("1 is a share: 100 %", QStringLiteral("1"), autoScale, 1.0);
    addLocaleRows("100 is a percentage", QStringLiteral("100"), autoScale, 1.0);
    addLocaleRows("zero", QStringLiteral("0"), autoScale, 0.0);
    addLocaleRows("small percentage with sign", QStringLiteral("0.5%"), autoScale, 0.005);
    addLocaleRows("above 100 % stays above 1", QStringLiteral("150"), autoScale, 1.5);
    addLocaleRows("negative percentage", QStringLiteral("-5%"), autoScale, -0.05);
    addLocaleRows("percent column reads 0.5 as 0.5 %", QStringLiteral("0.5"), RateScale::Percent, 0.005);
    addLocaleRows("percent column reads 12 as 12 %", QStringLiteral("12"), RateScale::Percent, 0.12);
    addLocaleRows("percent sign in a share column", QStringLiteral("12%"), RateScale::Fraction, 0.12);
    addLocaleRows("share column keeps 12 as 12", QStringLiteral("12"), RateScale::Fraction, 12.0);
}

void TestValueConverter::rates()
{
    QFETCH(QString, text);
    QFETCH(RateScale, scale);
    QFETCH(double, expected);

    const ValueConverter::Result result = ValueConverter().toRate(text, scale);
    QVERIFY2(result.ok, qPrintable(result.problem));
    QCOMPARE(result.value.toDouble(), expected);
}

void TestValueConverter::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QDate>("expected");

    const DateOrder autoOrder = DateOrder::Auto;
    const QDate march31(2026, 3, 31);
    addLocaleRows("ISO", QStringLiteral("2026-03-31"), autoOrder, march31);
    addLocaleRows("ISO without leading zeros", QStringLiteral("2026-3-1"), autoOrder, QDate(2026, 3, 1));
    addLocaleRows("ISO with slashes", QStringLiteral("2026/03/31"), autoOrder, march31);
    addLocaleRows("ISO with a time", QStringLiteral("2026-03-31T10:15:00"), autoOrder, march31);
    addLocaleRows("ISO with a UTC time", QStringLiteral("2026-03-31T10:15:00Z"), autoOrder, march31);
    addLocaleRows("ISO with Excel's midnight", QStringLiteral("2026-03-31 00:00:00"), autoOrder, march31);
    addLocaleRows("ISO, leap day", QStringLiteral("2024-02-29"), autoOrder, QDate(2024, 2, 29));
    addLocaleRows("dotted", QStringLiteral("31.03.2026"), autoOrder, march31);
    addLocaleRows("dotted, short", QStringLiteral("1.3.2026"), autoOrder, QDate(2026, 3, 1));
    addLocaleRows("dotted, two-digit year", QStringLiteral("31.03.26"), autoOrder, march31);
    addLocaleRows("dotted with a time", QStringLiteral("31.03.2026 12:00"), autoOrder, march31);
    addLocaleRows("dotted is day first even when set to month first", QStringLiteral("03.04.2026"), DateOrder::MonthDay,
                  QDate(2026, 4, 3));
    addLocaleRows("slash, day proved", QStringLiteral("13/04/2026"), autoOrder, QDate(2026, 4, 13));
    addLocaleRows("slash, month proved", QStringLiteral("04/13/2026"), autoOrder, QDate(2026, 4, 13));
    addLocaleRows("slash, day first chosen", QStringLiteral("03/04/2026"), DateOrder::DayMonth, QDate(2026, 4, 3));
    addLocaleRows("slash, month first chosen", QStringLiteral("03/04/2026"), DateOrder::MonthDay, QDate(2026, 3, 4));
    addLocaleRows("slash, day equals month", QStringLiteral("05/05/2026"), autoOrder, QDate(2026, 5, 5));
    addLocaleRows("US short date", QStringLiteral("3/31/26"), autoOrder, march31);
    addLocaleRows("US date with AM time", QStringLiteral("3/31/2026 12:00 AM"), autoOrder, march31);
    addLocaleRows("dash, day proved", QStringLiteral("31-03-2026"), autoOrder, march31);
    addLocaleRows("slash, leap day", QStringLiteral("29/02/2024"), autoOrder, QDate(2024, 2, 29));
    addLocaleRows("surrounding spaces", QStringLiteral(" 2026-03-31 "), autoOrder, march31);
}

void TestValueConverter::dates()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QDate, expected);

    const ValueConverter::Result result = converter(Auto, order).toDate(text);
    QVERIFY2(result.ok, qPrintable(result.problem));
    QVERIFY(!result.ambiguous);
    QCOMPARE(result.value.typeId(), QMetaType::QDate);
    QCOMPARE(result.value.toDate(), expected);
}

void TestValueConverter::invalidDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<bool>("ambiguous");

    const DateOrder autoOrder = DateOrder::Auto;
    addLocaleRows("30 February", QStringLiteral("2026-02-30"), autoOrder, false);
    addLocaleRows("29 February of a common year", QStringLiteral("2026-02-29"), autoOrder, false);
    addLocaleRows("month 13", QStringLiteral("2026-13-01"), autoOrder, false);
    addLocaleRows("day 0", QStringLiteral("2026-03-00"), autoOrder, false);
    addLocaleRows("year 0", QStringLiteral("0000-01-01"), autoOrder, false);
    addLocaleRows("dotted 31 February", QStringLiteral("31.02.2026"), autoOrder, false);
    addLocaleRows("slash 31 February", QStringLiteral("31/02/2026"), autoOrder, false);
    addLocaleRows("slash, both above 12", QStringLiteral("13/13/2026"), autoOrder, false);
    addLocaleRows("ambiguous slash", QStringLiteral("03/04/2026"), autoOrder, true);
    addLocaleRows("ambiguous short US date", QStringLiteral("3/4/26"), autoOrder, true);
    addLocaleRows("ambiguous dash", QStringLiteral("03-04-2026"), autoOrder, true);
    addLocaleRows("day first set, month proved", QStringLiteral("04/13/2026"), DateOrder::DayMonth, false);
    addLocaleRows("month first set, day proved", QStringLiteral("13/04/2026"), DateOrder::MonthDay, false);
    addLocaleRows("two-digit year first", QStringLiteral("26-03-31"), autoOrder, false);
    addLocaleRows("dash with a two-digit year", QStringLiteral("31-03-26"), autoOrder, false);
    addLocaleRows("month name", QStringLiteral("March 31, 2026"), autoOrder, false);
    addLocaleRows("compact", QStringLiteral("20260331"), autoOrder, false);
    addLocaleRows("trailing text", QStringLiteral("2026-03-31x"), autoOrder, false);
    addLocaleRows("three-digit year", QStringLiteral("31.03.202"), autoOrder, false);
    addLocaleRows("mixed separators", QStringLiteral("31/03-2026"), autoOrder, false);
    addLocaleRows("not a date", QStringLiteral("soon"), autoOrder, false);
}

void TestValueConverter::invalidDates()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(bool, ambiguous);

    const ValueConverter::Result result = converter(Auto, order).toDate(text);
    QVERIFY(!result.ok);
    QCOMPARE(result.ambiguous, ambiguous);
    QVERIFY(result.value.isNull());
    QVERIFY2(result.problem.contains(text), qPrintable(result.problem));
}

void TestValueConverter::booleans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("expected");

    for (const char* yes : {"yes", "Yes", "YES", "y", "true", "TRUE", "1", "ja", "Ja", "j", "x", "X", "wahr", " yes "})
        addLocaleRows(yes, QString::fromUtf8(yes), true, true);
    addLocaleRows("check mark", QStringLiteral("\u2713"), true, true);
    for (const char* no : {"no", "No", "n", "false", "False", "0", "nein", "NEIN", "falsch"})
        addLocaleRows(no, QString::fromUtf8(no), true, false);
    for (const char* other : {"maybe", "2", "yesno", "-", "0.5"})
        addLocaleRows(other, QString::fromUtf8(other), false, false);
}

void TestValueConverter::booleans()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, expected);

    const ValueConverter::Result result = ValueConverter().toBoolean(text);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.problem.isEmpty(), ok);
    if (ok) {
        QCOMPARE(result.value.typeId(), QMetaType::Bool);
        QCOMPARE(result.value.toBool(), expected);
    }
}

void TestValueConverter::choices_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: no match

    const struct {
        const char* field;
        const char* text;
        const char* code;
    } rows[] = {
        {"channel", "Marketplace app", "marketplace_app"},
        {"channel", "marketplace-app", "marketplace_app"},
        {"channel", "App", "marketplace_app"},
        {"channel", "marketplace_app", "marketplace_app"},
        {"channel", "MARKETPLACE APP", "marketplace_app"},
        {"channel", "  marketplace   app ", "marketplace_app"},
        {"channel", "Market place app", "marketplace_app"},
        {"channel", "Marktplatz", "marketplace_app"},
        {"channel", "Own storefront", "own_storefront"},
        {"channel", "own-storefront", "own_storefront"},
        {"channel", "Website", "own_storefront"},
        {"channel", "Shop", "own_storefront"},
        {"channel", "Web shop", "own_storefront"},
        {"channel", "Eigener Shop", "own_storefront"},
        {"channel", "Wholesale", "wholesale"},
        {"channel", "B2B", "wholesale"},
        {"channel", "Großhandel", "wholesale"},
        {"channel", "Grosshandel", "wholesale"},
        {"channel", "Social Media", "social"},
        {"channel", "social", "social"},
        {"channel", "Amazon", ""},
        {"channel", "Teleshopping", ""},
        {"status", "Not enrolled", "prospect"},
        {"status", "prospect", "prospect"},
        {"status", "Enrolled", "enrolled"},
        {"status", "active", "enrolled"},
        {"status", "Graduated", "graduated"},
        {"status", "Dropped out", "withdrawn"},
        {"status", "WITHDRAWN", "withdrawn"},
        {"status", "paused", ""},
        {"tier", "High potential", "high_potential"},
        {"tier", "HiPo", "high_potential"},
        {"tier", "hi-po", "high_potential"},
        {"tier", "high_potential", "high_potential"},
        {"tier", "High-Potential!", "high_potential"},
        {"tier", "Standard", "standard"},
        {"tier", "regular", "standard"},
        {"tier", "Gold", ""},
        {"coaching_style", "Data-driven", "data_driven"},
        {"coaching_style", "data driven", "data_driven"},
        {"coaching_style", "DATA_DRIVEN", "data_driven"},
        {"coaching_style", "analytical", "data_driven"},
        {"coaching_style", "Intuitive", "intuitive"},
        {"coaching_style", "strict", ""},
        {"communication", "Async", "async"},
        {"communication", "asynchronous", "async"},
        {"communication", "e-mail", "async"},
        {"communication", "Live", "live"},
        {"communication", "Video call", "live"},
        {"communication", "carrier pigeon", ""},
    };
    for (const auto& row : rows) {
        const QByteArray name = QByteArray(row.field) + " / " + row.text;
        addLocaleRows(name.constData(), QString::fromLatin1(row.field), QString::fromUtf8(row.text),
                      QString::fromLatin1(row.code));
    }
}

void TestValueConverter::choices()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const ImportField& spec = sellerField(qPrintable(field));
    const ValueConverter::Result result = ValueConverter().toChoice(text, spec);
    QCOMPARE(result.ok, !expected.isEmpty());
    if (expected.isEmpty()) {
        QVERIFY(result.value.isNull());
        // The sentence names the value and lists what would have been accepted.
        QVERIFY2(result.problem.contains(text), qPrintable(result.problem));
        QVERIFY2(result.problem.contains(QCoreApplication::translate("Choices", spec.choices.front().label)),
                 qPrintable(result.problem));
    } else {
        QCOMPARE(result.value.toString(), expected);
        QVERIFY(result.problem.isEmpty());
    }
}

void TestValueConverter::normalisedWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    addLocaleRows("hyphen and case", QStringLiteral("Marketplace-App"), QStringLiteral("marketplaceapp"));
    addLocaleRows("underscores and punctuation", QStringLiteral("  High_Potential! "), QStringLiteral("highpotential"));
    addLocaleRows("sharp s", QStringLiteral("Großhandel"), QStringLiteral("grosshandel"));
    addLocaleRows("accents", QStringLiteral("Café Élan"), QStringLiteral("cafeelan"));
    addLocaleRows("digits kept", QStringLiteral("B2B"), QStringLiteral("b2b"));
    addLocaleRows("dotted capital I", QStringLiteral("İNDIE"), QStringLiteral("indie"));
    addLocaleRows("only punctuation", QStringLiteral("--"), QString());
}

void TestValueConverter::normalisedWords()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ValueConverter::normalisedWord(text), expected);
}

void TestValueConverter::detectNumberStyle_data()
{
    QTest::addColumn<QStringList>("sample");
    QTest::addColumn<NumberStyle>("expected");

    addLocaleRows("decimal commas", QStringList{"3,5", "12", "7,25"}, Comma);
    addLocaleRows("decimal points", QStringList{"3.5", "12"}, Dot);
    addLocaleRows("only ambiguous values", QStringList{"1,234", "1.234"}, Auto);
    addLocaleRows("ambiguous and a decimal comma", QStringList{"1,234", "2,5"}, Comma);
    addLocaleRows("comma groups", QStringList{"1,234,567", "12"}, Dot);
    addLocaleRows("full German form", QStringList{"1.234,56"}, Comma);
    addLocaleRows("full English form", QStringList{"1,234.56"}, Dot);
    addLocaleRows("leading zero comma", QStringList{"0,123"}, Comma);
    addLocaleRows("decorated values", QStringList{"€ 1.234,56", "-7,5 %"}, Comma);
    addLocaleRows("integers only", QStringList{"12", "7", ""}, Auto);
    addLocaleRows("empty sample", QStringList{}, Auto);
    addLocaleRows("text only", QStringList{"abc", "n/a"}, Auto);
    addLocaleRows("majority decides", QStringList{"3,5", "4,5", "1.5"}, Comma);
    addLocaleRows("a tie is undecided", QStringList{"3,5", "1.5"}, Auto);
}

void TestValueConverter::detectNumberStyle()
{
    QFETCH(QStringList, sample);
    QFETCH(NumberStyle, expected);
    QCOMPARE(ValueConverter::detectNumberStyle(sample), expected);
}

void TestValueConverter::detectDateOrder_data()
{
    QTest::addColumn<QStringList>("sample");
    QTest::addColumn<DateOrder>("expected");

    addLocaleRows("day above 12", QStringList{"13/04/2026", "03/04/2026"}, DateOrder::DayMonth);
    addLocaleRows("month first proved", QStringList{"04/13/2026", "03/04/2026"}, DateOrder::MonthDay);
    addLocaleRows("US short dates", QStringList{"3/31/26", "4/1/26"}, DateOrder::MonthDay);
    addLocaleRows("dash dates", QStringList{"13-04-2026"}, DateOrder::DayMonth);
    addLocaleRows("only ambiguous", QStringList{"03/04/2026", "05/06/2026"}, DateOrder::Auto);
    addLocaleRows("ISO proves nothing", QStringList{"2026-03-31"}, DateOrder::Auto);
    addLocaleRows("dots prove nothing", QStringList{"31.03.2026"}, DateOrder::Auto);
    addLocaleRows("majority decides", QStringList{"13/04/2026", "14/04/2026", "04/15/2026"}, DateOrder::DayMonth);
    addLocaleRows("empty", QStringList{}, DateOrder::Auto);
}

void TestValueConverter::detectDateOrder()
{
    QFETCH(QStringList, sample);
    QFETCH(DateOrder, expected);
    QCOMPARE(ValueConverter::detectDateOrder(sample), expected);
}

void TestValueConverter::detectRateScale_data()
{
    QTest::addColumn<QStringList>("sample");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<RateScale>("expected");

    addLocaleRows("shares", QStringList{"0.12", "0.5", "1"}, Auto, RateScale::Auto);
    addLocaleRows("a percentage among small values", QStringList{"0.5", "12"}, Auto, RateScale::Percent);
    addLocaleRows("percent signs prove nothing", QStringList{"12%", "0.5"}, Auto, RateScale::Auto);
    addLocaleRows("decimal comma percentage", QStringList{"0,5", "1,5"}, Auto, RateScale::Percent);
    addLocaleRows("read with the file's style", QStringList{"1.5"}, Comma, RateScale::Auto);
    addLocaleRows("empty", QStringList{}, Auto, RateScale::Auto);
}

void TestValueConverter::detectRateScale()
{
    QFETCH(QStringList, sample);
    QFETCH(NumberStyle, style);
    QFETCH(RateScale, expected);
    QCOMPARE(ValueConverter::detectRateScale(sample, style), expected);
}

void TestValueConverter::emptyCellsAreNullValues()
{
    const ValueConverter converter;
    for (const ImportField& field : ImportField::fields(ImportKind::SellerProfiles)) {
        for (const QString& empty : {QString(), QStringLiteral("   ")}) {
            const ValueConverter::Result result = converter.convert(empty, field);
            QVERIFY2(result.ok, qPrintable(field.key));
            QVERIFY2(result.value.isNull(), qPrintable(field.key));
            QVERIFY(result.problem.isEmpty());
        }
    }
}

void TestValueConverter::convertDispatchesOnFieldType()
{
    ValueConverter converter;
    converter.setNumberStyle(NumberStyle::CommaDecimal);
    QCOMPARE(converter.convert(u" Shop A ", sellerField("shop_name")).value, QVariant(QStringLiteral("Shop A")));
    QCOMPARE(converter.convert(u"1.234", sellerField("inventory_complexity")).value, QVariant(qint64(1234)));
    QCOMPARE(converter.convert(u"7,5", sellerField("weekly_hours")).value, QVariant(7.5));
    QCOMPARE(converter.convert(u"12,5 %", sellerField("return_rate")).value, QVariant(0.125));
    QCOMPARE(converter.convert(u"0,5", sellerField("return_rate"), RateScale::Percent).value, QVariant(0.005));
    QCOMPARE(converter.convert(u"31.03.2026", sellerField("signup_date")).value, QVariant(QDate(2026, 3, 31)));
    QCOMPARE(converter.convert(u"App", sellerField("channel")).value, QVariant(QStringLiteral("marketplace_app")));
    QCOMPARE(converter.convert(u"ja", sellerField("consent_anonymised")).value, QVariant(true));
    // Working hours are times whatever the file's number style: "17.30" is half past five.
    const QVector<ImportField>& mentorFields = ImportField::fields(ImportKind::Mentors);
    const ImportField& workEnd = mentorFields.at(ImportField::indexOf(ImportKind::Mentors, FieldId::MentorWorkEnd));
    QCOMPARE(converter.convert(u"17.30", workEnd).value, QVariant(qint64(1050)));
    QCOMPARE(converter.convert(u"9am", workEnd).value, QVariant(qint64(540)));
    const ValueConverter::Result hour = converter.convert(u"9", workEnd);
    QVERIFY(!hour.ok);
    QVERIFY(hour.value.isNull());
    QVERIFY2(hour.problem.contains(QStringLiteral("9")), qPrintable(hour.problem));
    QVERIFY(converter.convert(u"   ", workEnd).ok);
}

void TestValueConverter::ambiguitySentencesShowBothReadings()
{
    const ValueConverter::Result number = ValueConverter().toNumber(u"1,234");
    QVERIFY(number.ambiguous);
    QVERIFY2(number.problem.contains(QLatin1String("1234")) && number.problem.contains(QLatin1String("1.234")),
             qPrintable(number.problem));

    const ValueConverter::Result date = ValueConverter().toDate(u"03/04/2026");
    QVERIFY(date.ambiguous);
    QVERIFY2(date.problem.contains(QLatin1String("2026-04-03")) && date.problem.contains(QLatin1String("2026-03-04")),
             qPrintable(date.problem));
}

QTEST_GUILESS_MAIN(TestValueConverter)
#include "test_valueconverter.moc"
