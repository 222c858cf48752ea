// SPDX-License-Identifier: GPL-3.0-or-later
// RowPipeline: rows in file order in batches of at most kBatchRows, the row range, each row's
// problems (the reader's repairs and the validator's), the reader's error once the rows end,
// the bound of kMaximumBatches waiting batches, and stopping a producer that waits.
#include "importing/CsvReader.h"
#include "importing/ImportRowValidator.h"
#include "importing/TextEncoding.h"
#include "importjob/RowPipeline.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#include <atomic>

using namespace mentordesk;

namespace {

constexpr int kTimeoutMs = 60000;

const QByteArray kHeader = "id,shop,email\n";

QByteArray sellerRow(int i)
{
    return "S-" + QByteArray::number(i) + ",Shop " + QByteArray::number(i) + ",seller" + QByteArray::number(i) +
           "@example.com\n";
}

/// A header row and `rows` valid seller rows S-1, S-2, ...
QByteArray sellerFile(int rows, bool header = true)
{
    QByteArray bytes = header ? kHeader : QByteArray();
    for (int i = 1; i <= rows; ++i)
        bytes += sellerRow(i);
    return bytes;
}

/// A read-only device over `bytes` that tells how far it was read (from the pipeline's thread)
/// and, with failAt, fails once the reader asks for bytes beyond that offset.
class ProbeDevice : public QIODevice {
public:
    explicit ProbeDevice(QByteArray bytes, qint64 failAt = -1)
        : m_bytes(std::move(bytes))
        , m_failAt(failAt)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 position() const { return m_position.load(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 position = m_position.load();
        if (m_failAt >= 0 && position >= m_failAt) {
            setErrorString(QStringLiteral("the disk went away"));
            return -1;
        }
        qint64 count = qMin(maxSize, qint64(m_bytes.size()) - position);
        if (m_failAt >= 0)
            count = qMin(count, m_failAt - position);
        memcpy(data, m_bytes.constData() + position, size_t(count));
        m_position.store(position + count);
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_failAt;
    std::atomic<qint64> m_position{0};
};

/// A reader and validator over a seller file with the columns id, shop, email.
struct Fixture {
    explicit Fixture(QByteArray bytes, qint64 failAt = -1)
        : device(std::move(bytes), failAt)
        , reader(&device, TextEncoding::utf8(), u',')
        , validator(ImportKind::SellerProfiles, {QStringLiteral("id"), QStringLiteral("shop"), QStringLiteral("email")})
    {
        validator.mapColumn(u"external_id", 0);
        validator.mapColumn(u"shop_name", 1);
        validator.mapColumn(u"email", 2);
    }
    ProbeDevice device;
    CsvReader reader;
    ImportRowValidator validator;
};

/// Everything a pipeline handed over: each batch's size, and each row's first value and line.
struct Drained {
    QList<int> batchSizes;
    QStringList ids;
    QList<qint64> lines;
    QList<qint64> bytesRead;
};

Drained drain(RowPipeline* pipeline)
{
    Drained drained;
    RowPipeline::Batch batch;
    while (pipeline->next(&batch)) {
        drained.batchSizes << int(batch.rows.size());
        drained.bytesRead << batch.bytesRead;
        for (const RowPipeline::ParsedRow& parsed : batch.rows) {
            drained.ids << parsed.record.field(0).toString();
            drained.lines << parsed.record.lineNumber();
        }
    }
    return drained;
}

QStringList idsFrom(qint64 first, qint64 last)
{
    QStringList ids;
    for (qint64 i = first; i <= last; ++i)
        ids << QStringLiteral("S-%1").arg(i);
    return ids;
}

/// The ids of this process's threads.
QSet<QString> threadIds()
{
#ifdef Q_OS_LINUX
    const QStringList ids = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return QSet<QString>(ids.cbegin(), ids.cend());
#else
    return {};
#endif
}

/// Whether each of the threads `ids` waits (Linux's state S) or has ended: a producer that keeps
/// to the bound is then waiting for room, one that does not has read the whole file. Elsewhere
/// true, and the check rests on the read position alone.
bool waitingOrEnded(const QSet<QString>& ids)
{
    for (const QString& id : ids) {
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(id));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // ended
        const QByteArray line = stat.readAll();
        const qsizetype state = line.lastIndexOf(')') + 2; // "tid (name) S ..."
        if (state < 2 || state >= line.size() || line.at(state) != 'S')
            return false;
    }
    return true;
}

} // namespace

class TestRowPipeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deliversRowsInOrderInBoundedBatches_data();
    void deliversRowsInOrderInBoundedBatches();
    void followsTheRowRange_data();
    void followsTheRowRange();
    void carriesEachRowsProblems();
    void readerErrorEndsTheRows_data();
    void readerErrorEndsTheRows();
    void waitsWithAtMostMaximumBatches();
    void destructorStopsAWaitingProducer();
    void stopWithoutStartIsHarmless();
};

void TestRowPipeline::deliversRowsInOrderInBoundedBatches_data()
{
    QTest::addColumn<int>("rows");
    const int batch = RowPipeline::kBatchRows;
    for (int rows : {0, 1, batch - 1, batch, batch + 1, 3 * batch, RowPipeline::kMaximumBatches * batch * 2 + 7})
        QTest::addRow("%d rows", rows) << rows;
}

void TestRowPipeline::deliversRowsInOrderInBoundedBatches()
{
    QFETCH(int, rows);
    const QByteArray bytes = sellerFile(rows);
    Fixture fixture(bytes);
    RowPipeline pipeline(&fixture.reader, &fixture.validator, RowPipeline::Range{});
    pipeline.start();
    const Drained drained = drain(&pipeline);

    QCOMPARE(drained.ids, idsFrom(1, rows));
    QList<qint64> lines;
    for (int i = 0; i < rows; ++i)
        lines << i + 2; // after the header row
    QCOMPARE(drained.lines, lines);
    // Full batches, then what is left.
    QList<int> sizes;
    for (int left = rows; left > 0; left -= RowPipeline::kBatchRows)
        sizes << qMin(left, RowPipeline::kBatchRows);
    QCOMPARE(drained.batchSizes, sizes);
    for (int i = 1; i < drained.bytesRead.size(); ++i)
        QVERIFY(drained.bytesRead.at(i) >= drained.bytesRead.at(i - 1));
    if (rows > 0)
        QCOMPARE(drained.bytesRead.last(), qint64(bytes.size()));
    // The end stays the end.
    RowPipeline::Batch batch;
    QVERIFY(!pipeline.next(&batch));
    QVERIFY(!pipeline.next(&batch));
    QCOMPARE(pipeline.readerError(), QString());
}

void TestRowPipeline::followsTheRowRange_data()
{
    QTest::addColumn<bool>("hasHeaderRow");
    QTest::addColumn<qint64>("firstRow");
    QTest::addColumn<qint64>("lastRow");
    QTest::addColumn<qint64>("expectedFirst");
    QTest::addColumn<qint64>("expectedLast");

    QTest::newRow("all") << true << qint64(1) << qint64(0) << qint64(1) << qint64(1200);
    QTest::newRow("from row 600") << true << qint64(600) << qint64(0) << qint64(600) << qint64(1200);
    QTest::newRow("up to row 10") << true << qint64(1) << qint64(10) << qint64(1) << qint64(10);
    QTest::newRow("rows 513 to 1030") << true << qint64(513) << qint64(1030) << qint64(513) << qint64(1030);
    QTest::newRow("one row") << true << qint64(700) << qint64(700) << qint64(700) << qint64(700);
    QTest::newRow("last row beyond the file") << true << qint64(1190) << qint64(5000) << qint64(1190) << qint64(1200);
    QTest::newRow("no header row") << false << qint64(1) << qint64(0) << qint64(1) << qint64(1200);
    QTest::newRow("no header row, from row 2") << false << qint64(2) << qint64(3) << qint64(2) << qint64(3);
}

void TestRowPipeline::followsTheRowRange()
{
    QFETCH(bool, hasHeaderRow);
    QFETCH(qint64, firstRow);
    QFETCH(qint64, lastRow);
    QFETCH(qint64, expectedFirst);
    QFETCH(qint64, expectedLast);

    Fixture fixture(sellerFile(1200, hasHeaderRow));
    RowPipeline pipeline(&fixture.reader, &fixture.validator, RowPipeline::Range{hasHeaderRow, firstRow, lastRow});
    pipeline.start();
    const Drained drained = drain(&pipeline);
    QCOMPARE(drained.ids, idsFrom(expectedFirst, expectedLast));
    QCOMPARE(drained.lines.first(), expectedFirst + (hasHeaderRow ? 1 : 0));
    for (int size : drained.batchSizes)
        QVERIFY(size > 0 && size <= RowPipeline::kBatchRows);
    QCOMPARE(pipeline.readerError(), QString());
}

void TestRowPipeline::carriesEachRowsProblems()
{
    QByteArray bytes = kHeader;
    bytes += "S-1,Fine shop,fine@example.com\n";
    bytes += "S-2,Bad mail,not-an-address\n";
    bytes += "S-3,Sh\"op,three@example.com\n"; // a quote inside an unquoted value, kept as a character
    bytes += "S-4,Also fine,four@example.com\n";
    Fixture fixture(bytes);
    RowPipeline pipeline(&fixture.reader, &fixture.validator, RowPipeline::Range{});
    pipeline.start();
    RowPipeline::Batch batch;
    QVERIFY(pipeline.next(&batch));
    QCOMPARE(int(batch.rows.size()), 4);
    RowPipeline::Batch none;
    QVERIFY(!pipeline.next(&none));

    QCOMPARE(batch.rows.at(0).problems.size(), 0);
    QCOMPARE(batch.rows.at(3).problems.size(), 0);

    const QList<ImportProblem>& mail = batch.rows.at(1).problems;
    QCOMPARE(mail.size(), 1);
    QCOMPARE(mail.at(0).line, qint64(3));
    QCOMPARE(mail.at(0).column, 2);
    QCOMPARE(mail.at(0).value, QStringLiteral("not-an-address"));
    QVERIFY(!mail.at(0).reason.isEmpty());

    // The reader's repair makes the row a problem too, named like a validation problem.
    const QList<ImportProblem>& quote = batch.rows.at(2).problems;
    QVERIFY(!quote.isEmpty());
    QCOMPARE(quote.at(0).line, qint64(4));
    QCOMPARE(quote.at(0).column, 1);
    QCOMPARE(quote.at(0).columnName, QStringLiteral("shop"));
    QCOMPARE(quote.at(0).value, QStringLiteral("Sh\"op"));
    QVERIFY(!quote.at(0).reason.isEmpty());
}

void TestRowPipeline::readerErrorEndsTheRows_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("failAt");
    QTest::addColumn<qsizetype>("maximumRecordLength");
    QTest::addColumn<int>("rowsBefore");
    QTest::addColumn<QString>("errorStart");

    const QByteArray file = sellerFile(2000);
    // The device fails in the middle of row 1500: the rows before it come, the rest not.
    const qint64 failAt = qint64(sellerFile(1500).size()) - 5;
    QTest::newRow("the device fails") << file << failAt << CsvReader::kDefaultMaximumRecordLength << 1499
                                      << QStringLiteral("The file could not be read");
    QByteArray runaway = sellerFile(700);
    runaway += "S-701,\"an open quote swallows the rest," + QByteArray(4000, 'x') + '\n';
    runaway += sellerRow(702);
    QTest::newRow("a record too long") << runaway << qint64(-1) << qsizetype(1000) << 700
                                       << QStringLiteral("The record that starts on line 702");
}

void TestRowPipeline::readerErrorEndsTheRows()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, failAt);
    QFETCH(qsizetype, maximumRecordLength);
    QFETCH(int, rowsBefore);
    QFETCH(QString, errorStart);

    Fixture fixture(bytes, failAt);
    fixture.reader.setChunkSize(1024);
    fixture.reader.setMaximumRecordLength(maximumRecordLength);
    RowPipeline pipeline(&fixture.reader, &fixture.validator, RowPipeline::Range{});
    pipeline.start();
    const Drained drained = drain(&pipeline);
    QCOMPARE(drained.ids, idsFrom(1, rowsBefore));
    QVERIFY2(pipeline.readerError().startsWith(errorStart), qPrintable(pipeline.readerError()));
}

void TestRowPipeline::waitsWithAtMostMaximumBatches()
{
    // Nobody takes batches: the producer fills kMaximumBatches, builds one more and waits to hand
    // it over. Once it is provably into that one (the device was read past the waiting batches,
    // plus the reader's read-ahead) and waits, stopping leaves exactly kMaximumBatches to take;
    // a producer without the bound would have read and handed over the whole file instead.
    const int batches = RowPipeline::kMaximumBatches;
    const int rows = (batches + 4) * RowPipeline::kBatchRows;
    Fixture fixture(sellerFile(rows));
    const qint64 chunk = 256;
    fixture.reader.setChunkSize(chunk);
    const qint64 intoNextBatch = qint64(sellerFile(batches * RowPipeline::kBatchRows + 1).size()) + 2 * chunk;
    QVERIFY(intoNextBatch < qint64(sellerFile((batches + 1) * RowPipeline::kBatchRows).size()));

    RowPipeline pipeline(&fixture.reader, &fixture.validator, RowPipeline::Range{});
    const QSet<QString> before = threadIds();
    pipeline.start();
    const QSet<QString> producer = threadIds() - before;
    QTRY_VERIFY_WITH_TIMEOUT(fixture.device.position() >= intoNextBatch && waitingOrEnded(producer), kTimeoutMs);
    pipeline.stop();
    const Drained drained = drain(&pipeline);
    QCOMPARE(drained.batchSizes.size(), batches);
    QCOMPARE(drained.ids, idsFrom(1, qint64(batches) * RowPipeline::kBatchRows));
    // The producer stopped with the file unfinished.
    QVERIFY(fixture.device.position() < qint64(sellerFile(rows).size()));
    QCOMPARE(pipeline.readerError(), QString());
}

void TestRowPipeline::destructorStopsAWaitingProducer()
{
    Fixture fixture(sellerFile((RowPipeline::kMaximumBatches + 4) * RowPipeline::kBatchRows));
    fixture.reader.setChunkSize(256);
    const qint64 waiting = qint64(sellerFile(RowPipeline::kMaximumBatches * RowPipeline::kBatchRows + 1).size());
    {
        RowPipeline pipeline(&fixture.reader, &fixture.validator, RowPipeline::Range{});
        pipeline.start();
        QTRY_VERIFY_WITH_TIMEOUT(fixture.device.position() >= waiting, kTimeoutMs);
        RowPipeline::Batch batch;
        QVERIFY(pipeline.next(&batch));
        QCOMPARE(batch.rows.front().record.field(0).toString(), QStringLiteral("S-1"));
    } // joins the producer, which waits for room or has just made it
    QVERIFY(fixture.device.position() >= waiting);
}

void TestRowPipeline::stopWithoutStartIsHarmless()
{
    Fixture fixture(sellerFile(3));
    RowPipeline pipeline(&fixture.reader, &fixture.validator, RowPipeline::Range{});
    pipeline.stop();
    RowPipeline::Batch batch;
    QVERIFY(!pipeline.next(&batch));
    QCOMPARE(fixture.device.position(), qint64(0));
}

QTEST_GUILESS_MAIN(TestRowPipeline)
#include "test_rowpipeline.moc"
