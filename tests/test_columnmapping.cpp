// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnMapping and MappingProfile: auto-mapping of real-world header rows (Excel in German, shop
// platform exports, database dumps, ambiguous and duplicated headers), the one-column-one-field
// rule, the printed description, and the JSON profile format with its errors on read and resolve.
#include "importing/ColumnMapping.h"
#include "importing/ImportRowValidator.h"
#include "importing/MappingProfile.h"

#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace mentordesk;

Q_DECLARE_METATYPE(ImportKind)

namespace {

/// "Merchant ID=external_id" per mapped column, in file order: one string compares a whole mapping.
QStringList mappedPairs(const ColumnMapping& mapping)
{
    QStringList pairs;
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const QString key = mapping.fieldAt(column);
        if (!key.isEmpty())
            pairs << mapping.headerNames().at(column) + u'=' + key;
    }
    return pairs;
}

QStringList split(const char* text, char delimiter)
{
    return QString::fromUtf8(text).split(QLatin1Char(delimiter));
}

} // namespace

class TestColumnMapping : public QObject {
    Q_OBJECT
private slots:
    void autoMap_data();
    void autoMap();
    void autoMapIsDeterministic();
    void namesBelongToOneField_data();
    void namesBelongToOneField();
    void normalisedHeader_data();
    void normalisedHeader();
    void columnUsedOnce();
    void mapRefusals();
    void unmappedRequired();
    void describe();
    void applyTo();
    void profileRoundTrip();
    void profileFromMappingWithoutHeader();
    void profileErrors_data();
    void profileErrors();
    void resolve_data();
    void resolve();
};

void TestColumnMapping::autoMap_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("expected");

    const ImportKind sellers = ImportKind::SellerProfiles;
    const ImportKind metrics = ImportKind::MetricSnapshots;

    QTest::newRow("Excel, German back office")
        << sellers
        << split("Händler-ID;Shopname;Ansprechpartner;E-Mail-Adresse;Telefon;Kategorie;Vertriebskanal;Land;"
                 "Umsatz (€);Bestellungen;Retourenquote (%);Listing-Qualität;Stichtag",
                 ';')
        << split("Händler-ID=external_id;Shopname=shop_name;Ansprechpartner=contact_name;E-Mail-Adresse=email;"
                 "Telefon=phone;Kategorie=category;Vertriebskanal=channel;Land=country;Umsatz (€)=revenue;"
                 "Bestellungen=orders;Retourenquote (%)=return_rate;Listing-Qualität=listing_quality;"
                 "Stichtag=snapshot_date",
                 ';');
    QTest::newRow("German without umlauts, upper case")
        << sellers << split("HAENDLER-ID;FIRMENNAME;E-MAIL;LAENDERCODE;UMSATZ;RETOUREN;STAND", ';')
        << split("HAENDLER-ID=external_id;FIRMENNAME=shop_name;E-MAIL=email;LAENDERCODE=country;UMSATZ=revenue;"
                 "RETOUREN=returned_orders;STAND=snapshot_date",
                 ';');
    QTest::newRow("decomposed umlauts (macOS)") << sellers << QStringList{QStringLiteral("Ha\u0308ndler-ID")}
                                                << QStringList{QStringLiteral("Ha\u0308ndler-ID=external_id")};
    QTest::newRow("Shopify-like")
        << sellers
        << split("Shop ID,Shop Name,Email,Phone,Country Code,Total Sales,Orders,Returns,Created At,Notes", ',')
        << split("Shop ID=external_id,Shop Name=shop_name,Email=email,Phone=phone,Country Code=country,"
                 "Total Sales=revenue,Orders=orders,Returns=returned_orders,Created At=signup_date,"
                 "Notes=pain_points",
                 ',');
    QTest::newRow("Etsy-like shop stats")
        << metrics << split("Shop ID,Shop Name,Date,Sales,Number of Orders,Average Rating,Repeat Customer Rate", ',')
        << split("Shop ID=external_id,Date=snapshot_date,Sales=revenue,Number of Orders=orders,"
                 "Average Rating=csat,Repeat Customer Rate=repeat_purchase_rate",
                 ',');
    QTest::newRow("database dump, keys")
        << metrics
        << split("external_id,snapshot_date,period_days,revenue,orders,returned_orders,listing_quality,csat,"
                 "price_competitiveness,inventory_turnover,repeat_purchase_rate",
                 ',')
        << split("external_id=external_id,snapshot_date=snapshot_date,period_days=period_days,revenue=revenue,"
                 "orders=orders,returned_orders=returned_orders,listing_quality=listing_quality,csat=csat,"
                 "price_competitiveness=price_competitiveness,inventory_turnover=inventory_turnover,"
                 "repeat_purchase_rate=repeat_purchase_rate",
                 ',');
    QTest::newRow("English titles, odd spacing")
        << sellers
        << split("  Seller ID |E-mail|  listing   quality|Return rate|Metrics as of|Orders/week|Hours/week", '|')
        << split("  Seller ID =external_id|E-mail=email|  listing   quality=listing_quality|Return rate=return_rate|"
                 "Metrics as of=snapshot_date|Orders/week=sales_velocity|Hours/week=weekly_hours",
                 '|');
    QTest::newRow("snake and kebab case")
        << sellers << split("SELLER_ID,e_mail,listing-score,quality_score,GMV", ',')
        << split("SELLER_ID=external_id,e_mail=email,listing-score=listing_quality,GMV=revenue", ',');
    QTest::newRow("exact beats synonym: ID and Seller ID")
        << sellers << split("ID,Seller ID,Shop", ',') << split("Seller ID=external_id,Shop=shop_name", ',');
    QTest::newRow("exact beats synonym: Sales and Revenue")
        << metrics << split("Sales,Revenue,Merchant ID", ',') << split("Revenue=revenue,Merchant ID=external_id", ',');
    QTest::newRow("earlier synonym wins: row ID and Merchant ID")
        << sellers << split("ID,Merchant ID", ',') << split("Merchant ID=external_id", ',');
    QTest::newRow("same header twice: first column")
        << sellers << split("Email,E-Mail,Mail", ',') << split("Email=email", ',');
    QTest::newRow("percent matters: Returns vs Returns %")
        << metrics << split("Returns %,Returns,Retouren", ',')
        << split("Returns %=return_rate,Returns=returned_orders", ',');
    QTest::newRow("bracketed units")
        << metrics << split("Seller ID;Date (YYYY-MM-DD);Revenue [EUR];Return rate (%);CSAT (1-5)", ';')
        << split("Seller ID=external_id;Date (YYYY-MM-DD)=snapshot_date;Revenue [EUR]=revenue;"
                 "Return rate (%)=return_rate;CSAT (1-5)=csat",
                 ';');
    QTest::newRow("dates told apart")
        << sellers << split("Seller ID,Date,Signup Date,Enrolled,First sale,Start date", ',')
        << split("Seller ID=external_id,Date=snapshot_date,Signup Date=signup_date,Enrolled=enrolment_date,"
                 "First sale=first_sale_date",
                 ',');
    QTest::newRow("seller-only headers in a metrics file")
        << metrics << split("Seller ID,Shop Name,E-mail,Date,Revenue", ',')
        << split("Seller ID=external_id,Date=snapshot_date,Revenue=revenue", ',');
    QTest::newRow("profile columns")
        << sellers
        << split("vendor_id;store_name;contact person;phone number;main category;sales channel;timezone;"
                 "program status;seller tier;coaching style;communication preference;consent",
                 ';')
        << split("vendor_id=external_id;store_name=shop_name;contact person=contact_name;phone number=phone;"
                 "main category=category;sales channel=channel;timezone=time_zone;program status=status;"
                 "seller tier=tier;coaching style=coaching_style;communication preference=communication;"
                 "consent=consent_anonymised",
                 ';');
    QTest::newRow("nothing fits") << sellers << split("Foo,Bar,Column 3,Total", ',') << QStringList();
    QTest::newRow("empty headers") << sellers << QStringList{QString(), QString()} << QStringList();
    QTest::newRow("no columns") << metrics << QStringList() << QStringList();
}

void TestColumnMapping::autoMap()
{
    QFETCH(ImportKind, kind);
    QFETCH(QStringList, headers);
    QFETCH(QStringList, expected);
    const ColumnMapping mapping = ColumnMapping::autoMap(kind, headers);
    QCOMPARE(mappedPairs(mapping), expected);
    QCOMPARE(mapping.headerNames(), headers);
    QCOMPARE(mapping.unmappedColumns().size() + mapping.columns().size(), headers.size());
}

void TestColumnMapping::autoMapIsDeterministic()
{
    const QStringList headers = split("Date,ID,Sales,Merchant ID,GMV,Umsatz,Orders,Bestellungen,Stichtag", ',');
    const ColumnMapping first = ColumnMapping::autoMap(ImportKind::MetricSnapshots, headers);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(ColumnMapping::autoMap(ImportKind::MetricSnapshots, headers), first);
    QCOMPARE(mappedPairs(first), // Stichtag and Sales are earlier synonyms than Date and GMV, whatever their column.
             split("Sales=revenue,Merchant ID=external_id,Orders=orders,Stichtag=snapshot_date", ','));
}

void TestColumnMapping::namesBelongToOneField_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::newRow("sellers") << ImportKind::SellerProfiles;
    QTest::newRow("metrics") << ImportKind::MetricSnapshots;
    QTest::newRow("mentors") << ImportKind::Mentors;
}

void TestColumnMapping::namesBelongToOneField()
{
    QFETCH(ImportKind, kind);
    // A name shared by two fields would make the winner depend on field order, not on the header.
    QHash<QString, QString> owners;
    for (const ImportField& field : ImportField::fields(kind)) {
        QStringList names = field.headerSynonyms;
        names << field.key << QString::fromUtf8(field.title);
        QSet<QString> seen;
        for (const QString& name : names) {
            const QString word = ColumnMapping::normalisedHeader(name);
            QVERIFY2(!word.isEmpty(), qPrintable(name));
            if (seen.contains(word))
                continue;
            seen.insert(word);
            QVERIFY2(!owners.contains(word),
                     qPrintable(name + " of " + field.key + " is also a name of " + owners.value(word)));
            owners.insert(word, field.key);
        }
    }
    // Every field can be found by its own title: the header row an export of this program writes.
    QStringList titles;
    for (const ImportField& field : ImportField::fields(kind))
        titles << QString::fromUtf8(field.title);
    const ColumnMapping mapping = ColumnMapping::autoMap(kind, titles);
    QCOMPARE(mapping.columns().size(), ImportField::fields(kind).size());
    for (int i = 0; i < titles.size(); ++i)
        QCOMPARE(mapping.column(ImportField::fields(kind).at(i).key), i);
}

void TestColumnMapping::normalisedHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case and spaces") << QStringLiteral("  Seller  ID ") << QStringLiteral("sellerid");
    QTest::newRow("punctuation") << QStringLiteral("e-mail_address.") << QStringLiteral("emailaddress");
    QTest::newRow("umlauts") << QStringLiteral("Händler-Nr.") << QStringLiteral("haendlernr");
    QTest::newRow("capital umlaut") << QStringLiteral("ÖFFNUNG") << QStringLiteral("oeffnung");
    QTest::newRow("sharp s") << QStringLiteral("Größe") << QStringLiteral("groesse");
    QTest::newRow("accents") << QStringLiteral("Catégorie") << QStringLiteral("categorie");
    QTest::newRow("percent kept") << QStringLiteral("Return %") << QStringLiteral("returnpercent");
    QTest::newRow("BOM and NBSP") << QStringLiteral("\uFEFFSeller\u00A0ID") << QStringLiteral("sellerid");
    QTest::newRow("empty") << QString() << QString();
}

void TestColumnMapping::normalisedHeader()
{
    QFETCH(QString, header);
    QFETCH(QString, expected);
    QCOMPARE(ColumnMapping::normalisedHeader(header), expected);
}

void TestColumnMapping::columnUsedOnce()
{
    ColumnMapping mapping(ImportKind::SellerProfiles, split("Merchant ID,Shop,Mail", ','));
    QString reason;
    QVERIFY(mapping.map(u"external_id", 0, &reason));
    QVERIFY(!mapping.map(u"shop_name", 0, &reason));
    QVERIFY2(reason.contains(QStringLiteral("“Merchant ID”")) && reason.contains(QStringLiteral("Seller ID")),
             qPrintable(reason));
    QCOMPARE(mapping.column(u"shop_name"), -1);
    QCOMPARE(mapping.column(u"external_id"), 0);

    // Mapping a field again moves it; mapping it to its own column again is no change.
    QVERIFY(mapping.map(u"external_id", 0));
    QVERIFY(mapping.map(u"external_id", 2));
    QCOMPARE(mapping.fieldAt(0), QString());
    QCOMPARE(mapping.fieldAt(2), QStringLiteral("external_id"));
    QVERIFY(mapping.map(u"shop_name", 0));
    QCOMPARE(mapping.unmappedColumns(), QList<int>{1});

    // -1 unmaps, and frees the column for another field.
    QVERIFY(mapping.map(u"external_id", -1));
    QCOMPARE(mapping.column(u"external_id"), -1);
    QVERIFY(mapping.map(u"email", 2));
    mapping.unmap(u"email");
    QCOMPARE(mapping.columns().size(), 1);
    mapping.clear();
    QVERIFY(mapping.isEmpty());
}

void TestColumnMapping::mapRefusals()
{
    ColumnMapping mapping(ImportKind::MetricSnapshots, split("A,B", ','));
    QString reason;
    QVERIFY(!mapping.map(u"shop_name", 0, &reason)); // a seller field, not a metrics one
    QVERIFY2(reason.contains(QStringLiteral("shop_name")), qPrintable(reason));
    QVERIFY(!mapping.map(u"no_such_field", 0, &reason));
    QVERIFY(!mapping.map(u"revenue", 2, &reason));
    QVERIFY2(reason.contains(QStringLiteral("3")), qPrintable(reason));
    QVERIFY(!mapping.map(u"revenue", -2, &reason));
    QVERIFY(mapping.isEmpty());
}

void TestColumnMapping::unmappedRequired()
{
    ColumnMapping sellers(ImportKind::SellerProfiles, split("a,b", ','));
    QCOMPARE(sellers.unmappedRequired(), QStringList{QStringLiteral("external_id")});
    QVERIFY(sellers.map(u"external_id", 1));
    QCOMPARE(sellers.unmappedRequired(), QStringList());

    ColumnMapping metrics(ImportKind::MetricSnapshots, split("a,b", ','));
    QCOMPARE(metrics.unmappedRequired(), split("external_id,snapshot_date", ','));
    QVERIFY(metrics.map(u"snapshot_date", 0));
    QCOMPARE(metrics.unmappedRequired(), QStringList{QStringLiteral("external_id")});
}

void TestColumnMapping::describe()
{
    const ColumnMapping mapping =
        ColumnMapping::autoMap(ImportKind::SellerProfiles, split("Umsatz,Merchant ID,Unknown,E-Mail", ','));
    QCOMPARE(mapping.describe(), QStringList({QStringLiteral("Column “Umsatz” → Revenue"),
                                              QStringLiteral("Column “Merchant ID” → Seller ID"),
                                              QStringLiteral("Column “E-Mail” → E-mail")}));
    QCOMPARE(mapping.unmappedColumns(), QList<int>{2});

    ColumnMapping headerless = ColumnMapping::withoutHeader(ImportKind::MetricSnapshots, 3);
    QCOMPARE(headerless.columnCount(), 3);
    QVERIFY(headerless.map(u"external_id", 2));
    QVERIFY(headerless.map(u"snapshot_date", 0));
    QCOMPARE(headerless.describe(),
             QStringList({QStringLiteral("Column 1 → Metrics as of"), QStringLiteral("Column 3 → Seller ID")}));
    QCOMPARE(ColumnMapping().describe(), QStringList());
}

void TestColumnMapping::applyTo()
{
    const QStringList headers = split("Seller ID,Date,Revenue", ',');
    const ColumnMapping mapping = ColumnMapping::autoMap(ImportKind::MetricSnapshots, headers);
    ImportRowValidator validator(ImportKind::MetricSnapshots, headers);
    // The validator's previous mapping is replaced, even where it crosses the new one.
    QVERIFY(validator.mapColumn(u"revenue", 0));
    QVERIFY(validator.mapColumn(u"orders", 1));
    QString error;
    QVERIFY2(mapping.applyTo(&validator, &error), qPrintable(error));
    QCOMPARE(validator.mappedColumn(u"external_id"), 0);
    QCOMPARE(validator.mappedColumn(u"snapshot_date"), 1);
    QCOMPARE(validator.mappedColumn(u"revenue"), 2);
    QCOMPARE(validator.mappedColumn(u"orders"), -1);
    QVERIFY(validator.unmappedRequiredFields().isEmpty());

    ImportRowValidator sellers(ImportKind::SellerProfiles, headers);
    QVERIFY(!mapping.applyTo(&sellers, &error));
    QVERIFY(!error.isEmpty());
    ImportRowValidator narrower(ImportKind::MetricSnapshots, split("Seller ID,Date", ','));
    QVERIFY(!mapping.applyTo(&narrower));
}

void TestColumnMapping::profileRoundTrip()
{
    const QStringList headers = split("Händler-ID;Umsatz (€);Stichtag;Bestellungen", ';');
    MappingProfile profile = MappingProfile::fromMapping(ColumnMapping::autoMap(ImportKind::SellerProfiles, headers));
    profile.name = QStringLiteral("Back office (Excel)");
    profile.delimiter = u';';
    profile.encoding = QStringLiteral("windows-1252");
    profile.numberStyle = NumberStyle::CommaDecimal;
    profile.dateOrder = DateOrder::DayMonth;
    profile.hasHeader = true;

    const QJsonObject json = profile.toJson();
    QCOMPARE(json.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("kind")).toString(), QStringLiteral("sellers"));
    QCOMPARE(json.value(QLatin1String("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(json.value(QLatin1String("numberStyle")).toString(), QStringLiteral("comma"));
    QCOMPARE(json.value(QLatin1String("dateOrder")).toString(), QStringLiteral("dayMonth"));
    QCOMPARE(json.value(QLatin1String("columns")).toObject().value(QLatin1String("revenue")).toString(),
             QStringLiteral("Umsatz (€)"));

    QString error;
    const std::optional<MappingProfile> read = MappingProfile::fromJsonBytes(profile.toJsonBytes(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, profile);

    // Resolved against a file whose columns moved and gained one, the fields follow their names.
    ColumnMapping mapping;
    const QStringList moved = split("Notiz;Bestellungen;Stichtag;Händler-ID;Umsatz (€)", ';');
    QVERIFY2(read->resolve(moved, &mapping, &error), qPrintable(error));
    QCOMPARE(mappedPairs(mapping), split("Bestellungen=orders;Stichtag=snapshot_date;Händler-ID=external_id;"
                                         "Umsatz (€)=revenue",
                                         ';'));

    // A profile of nothing but defaults writes nothing but what it must.
    MappingProfile minimal;
    minimal.kind = ImportKind::MetricSnapshots;
    QCOMPARE(QStringList(minimal.toJson().keys()), split("columns,kind,version", ','));
    const std::optional<MappingProfile> minimalRead = MappingProfile::fromJson(minimal.toJson(), &error);
    QVERIFY2(minimalRead, qPrintable(error));
    QCOMPARE(*minimalRead, minimal);
}

void TestColumnMapping::profileFromMappingWithoutHeader()
{
    ColumnMapping headerless = ColumnMapping::withoutHeader(ImportKind::MetricSnapshots, 4);
    QVERIFY(headerless.map(u"external_id", 0));
    QVERIFY(headerless.map(u"snapshot_date", 3));
    const MappingProfile profile = MappingProfile::fromMapping(headerless);
    // Positions are written from 1, as the program shows "Column 1".
    const QJsonObject columns = profile.toJson().value(QLatin1String("columns")).toObject();
    QCOMPARE(columns.value(QLatin1String("external_id")).toInt(), 1);
    QCOMPARE(columns.value(QLatin1String("snapshot_date")).toInt(), 4);

    ColumnMapping resolved;
    QString error;
    QVERIFY2(profile.resolve(QStringList(4, QString()), &resolved, &error), qPrintable(error));
    QCOMPARE(resolved.column(u"external_id"), 0);
    QCOMPARE(resolved.column(u"snapshot_date"), 3);
    QVERIFY(!profile.resolve(QStringList(3, QString()), &resolved, &error));
    QVERIFY2(error.contains(QStringLiteral("no column 4")), qPrintable(error));
}

void TestColumnMapping::profileErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("not JSON") << QByteArray("{\"version\": 1,") << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    QTest::newRow("no version") << QByteArray(R"({"kind":"sellers","columns":{}})") << QStringLiteral("version");
    QTest::newRow("newer version") << QByteArray(R"({"version":2,"kind":"sellers","columns":{}})")
                                   << QStringLiteral("newer version");
    QTest::newRow("version as text") << QByteArray(R"({"version":"1","kind":"sellers","columns":{}})")
                                     << QStringLiteral("version");
    QTest::newRow("unknown kind") << QByteArray(R"({"version":1,"kind":"orders","columns":{}})")
                                  << QStringLiteral("“kind”");
    QTest::newRow("no columns") << QByteArray(R"({"version":1,"kind":"sellers"})") << QStringLiteral("“columns”");
    QTest::newRow("unknown field keys")
        << QByteArray(R"({"version":1,"kind":"sellers","columns":{"seller":"ID","external_id":"ID","gmv":"G"}})")
        << QStringLiteral("gmv, seller");
    QTest::newRow("seller field in metrics")
        << QByteArray(R"({"version":1,"kind":"metrics","columns":{"shop_name":"Shop"}})")
        << QStringLiteral("shop_name");
    QTest::newRow("column zero") << QByteArray(R"({"version":1,"kind":"sellers","columns":{"email":0}})")
                                 << QStringLiteral("“email”");
    QTest::newRow("fractional column") << QByteArray(R"({"version":1,"kind":"sellers","columns":{"email":1.5}})")
                                       << QStringLiteral("“email”");
    QTest::newRow("empty header name") << QByteArray(R"({"version":1,"kind":"sellers","columns":{"email":" "}})")
                                       << QStringLiteral("“email”");
    QTest::newRow("misspelt setting") << QByteArray(R"({"version":1,"kind":"sellers","columns":{},"delimeter":";"})")
                                      << QStringLiteral("“delimeter”");
    QTest::newRow("long delimiter") << QByteArray(R"({"version":1,"kind":"sellers","columns":{},"delimiter":";;"})")
                                    << QStringLiteral("“delimiter”");
    QTest::newRow("quote as delimiter") << QByteArray(R"({"version":1,"kind":"sellers","columns":{},"delimiter":"\""})")
                                        << QStringLiteral("“delimiter”");
    QTest::newRow("unknown encoding") << QByteArray(
                                             R"({"version":1,"kind":"sellers","columns":{},"encoding":"klingon-8"})")
                                      << QStringLiteral("klingon-8");
    QTest::newRow("number style") << QByteArray(R"({"version":1,"kind":"sellers","columns":{},"numberStyle":","})")
                                  << QStringLiteral("“numberStyle”");
    QTest::newRow("date order") << QByteArray(R"({"version":1,"kind":"sellers","columns":{},"dateOrder":"dmy"})")
                                << QStringLiteral("“dateOrder”");
    QTest::newRow("header as text") << QByteArray(R"({"version":1,"kind":"sellers","columns":{},"hasHeader":"yes"})")
                                    << QStringLiteral("“hasHeader”");
}

void TestColumnMapping::profileErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!MappingProfile::fromJsonBytes(json, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestColumnMapping::resolve_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("expected"); ///< mapped pairs, or empty when resolving must fail
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("names and a position")
        << QByteArray(R"({"version":1,"kind":"metrics","columns":{"external_id":"Merchant ID","snapshot_date":3,)"
                      R"("revenue":null},"delimiter":"tab","encoding":"cp1252","numberStyle":"dot",)"
                      R"("dateOrder":"monthDay","hasHeader":true})")
        << split("Merchant ID,Revenue,As of", ',') << split("Merchant ID=external_id,As of=snapshot_date", ',')
        << QString();
    QTest::newRow("case and spacing changed by a spreadsheet")
        << QByteArray(R"({"version":1,"kind":"sellers","columns":{"external_id":"Merchant ID","email":"E-Mail"}})")
        << split("merchant_id,e-mail", ',') << split("merchant_id=external_id,e-mail=email", ',') << QString();
    QTest::newRow("named column missing")
        << QByteArray(R"({"version":1,"kind":"sellers","columns":{"external_id":"Merchant ID","email":"Mail"}})")
        << split("Merchant ID,E-Mail", ',') << QStringList() << QStringLiteral("“Mail”");
    QTest::newRow("position beyond the file")
        << QByteArray(R"({"version":1,"kind":"sellers","columns":{"external_id":7}})") << split("a,b", ',')
        << QStringList() << QStringLiteral("no column 7");
    QTest::newRow("two fields, one column")
        << QByteArray(R"({"version":1,"kind":"sellers","columns":{"external_id":"ID","shop_name":1}})")
        << split("ID,Shop", ',') << QStringList() << QStringLiteral("already mapped");
    QTest::newRow("named column twice in the file")
        << QByteArray(R"({"version":1,"kind":"sellers","columns":{"external_id":"ID"}})") << split("ID,Name,ID", ',')
        << QStringList() << QStringLiteral("2 columns named “ID”");
    QTest::newRow("name against a file without header row")
        << QByteArray(R"({"version":1,"kind":"sellers","columns":{"external_id":"ID"}})") << QStringList(2, QString())
        << QStringList() << QStringLiteral("“ID”");
}

void TestColumnMapping::resolve()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, headers);
    QFETCH(QStringList, expected);
    QFETCH(QString, errorPart);
    QString error;
    const std::optional<MappingProfile> profile = MappingProfile::fromJsonBytes(json, &error);
    QVERIFY2(profile, qPrintable(error));
    ColumnMapping mapping;
    const bool ok = profile->resolve(headers, &mapping, &error);
    if (expected.isEmpty()) {
        QVERIFY(!ok);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    } else {
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(mappedPairs(mapping), expected);
    }
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "test_columnmapping.moc"
