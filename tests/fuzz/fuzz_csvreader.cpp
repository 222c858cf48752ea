// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the import core: arbitrary bytes go through encoding detection, dialect
// detection and CsvReader, reading from a device in small chunks. Besides the sanitizers'
// findings it checks the reader's promises: line numbers only grow, every record has a value,
// and chunked reading gives exactly what reading the decoded text in one piece gives.
//
//     CXX=clang++-14 cmake -S . -B /tmp/fuzz-build -G Ninja -DMENTORDESK_FUZZ=ON
//     cmake --build /tmp/fuzz-build --target fuzz_csvreader
//     mkdir -p /tmp/fuzz-corpus   # libFuzzer writes new inputs into the first folder: keep the seeds clean
//     /tmp/fuzz-build/models/importing/fuzz_csvreader -max_total_time=30 /tmp/fuzz-corpus tests/fuzz/corpus
#include "importing/CsvDialectDetector.h"
#include "importing/CsvReader.h"
#include "importing/TextDecoder.h"
#include "importing/TextEncoding.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mentordesk;

namespace {

void check(bool condition, const char* promise)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_csvreader: broken promise: %s\n", promise);
        std::abort();
    }
}

bool sameIssues(const CsvRecord& chunked, const CsvRecord& whole)
{
    // Invalid bytes are found while decoding chunks; the decoded text no longer shows them.
    QList<CsvRecord::Issue> issues;
    for (const CsvRecord::Issue& issue : chunked.issues()) {
        if (issue.kind != CsvRecord::Issue::Kind::InvalidBytes)
            issues << issue;
    }
    if (issues.size() != whole.issues().size())
        return false;
    for (qsizetype i = 0; i < issues.size(); ++i) {
        const CsvRecord::Issue& a = issues.at(i);
        const CsvRecord::Issue& b = whole.issues().at(i);
        if (a.kind != b.kind || a.lineNumber != b.lineNumber || a.column != b.column || a.message != b.message)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte sets the chunk size, so that chunk boundaries land everywhere.
    const qint64 chunkSize = 1 + data[0] % 32;
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));

    const TextEncoding encoding = TextEncoding::detect(bytes, true);
    check(encoding.isValid(), "detection gives a usable encoding");
    QString text;
    TextDecoder decoder(encoding);
    decoder.decode(bytes, &text);
    decoder.finish(&text);
    const CsvDialect dialect = CsvDialectDetector(text, true).detect();

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader chunked(&buffer, encoding, dialect.delimiter);
    chunked.setChunkSize(chunkSize);
    CsvReader whole(text, dialect.delimiter);

    CsvRecord chunkedRecord;
    CsvRecord wholeRecord;
    qint64 lastLine = 0;
    for (;;) {
        const bool gotChunked = chunked.readRecord(&chunkedRecord);
        const bool gotWhole = whole.readRecord(&wholeRecord);
        check(gotChunked == gotWhole, "both readers end together");
        if (!gotChunked)
            break;
        check(chunkedRecord.fieldCount() >= 1, "a record has at least one value");
        check(chunkedRecord.lineNumber() > lastLine, "records start on growing line numbers");
        check(chunkedRecord.recordNumber() == wholeRecord.recordNumber(), "same record numbers");
        check(chunkedRecord.lineNumber() == wholeRecord.lineNumber(), "same line numbers");
        check(chunkedRecord.fields() == wholeRecord.fields(), "same values");
        check(sameIssues(chunkedRecord, wholeRecord), "same issues");
        lastLine = chunkedRecord.lineNumber();
    }
    check(!chunked.hasError() && !whole.hasError(), "no error on a buffer");
    check(chunked.bytesRead() == bytes.size(), "the whole input is read");
    return 0;
}
