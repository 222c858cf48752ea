// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/CsvRecord.h"
#include "importing/ImportProblem.h"
#include "importing/ImportRowValidator.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace mentordesk {

class CsvReader;

/// Reads and validates the rows of an import on a thread of its own and hands them to the writing
/// thread in batches, so that parsing and validation (about half the work per row) run on the
/// second core while SQLite writes on the first. At most kMaximumBatches batches wait, so memory
/// stays bounded whatever the size of the file.
///
/// The reader and the validator belong to the pipeline's thread between start() and the end of
/// the rows; the writing thread may only read the validator's mapping (const) meanwhile.
class RowPipeline {
public:
    static constexpr int kBatchRows = 512;
    static constexpr int kMaximumBatches = 8;

    /// One data row: the record as read (its buffer shared, not copied), its converted values, and
    /// every problem found so far (reader repairs and validation); empty problems mean valid.
    struct ParsedRow {
        CsvRecord record;
        ImportRowValidator::Row row;
        QList<ImportProblem> problems;
    };
    struct Batch {
        std::vector<ParsedRow> rows;
        qint64 bytesRead = 0;
    };
    /// Which records are data rows to import: after the header row, from firstRow to lastRow
    /// (1-based; lastRow 0 means to the end).
    struct Range {
        bool hasHeaderRow = true;
        qint64 firstRow = 1;
        qint64 lastRow = 0;
    };

    RowPipeline(CsvReader* reader, ImportRowValidator* validator, const Range& range);
    /// Stops the thread and waits for it.
    ~RowPipeline();
    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    void start();
    /// Waits for the next batch; false when the rows are done (or the pipeline stopped).
    bool next(Batch* batch);
    /// Asks the thread to stop at the next batch and waits for it.
    void stop();
    /// Why the reader stopped early, once next() returned false; empty when the file ended.
    QString readerError() const;

private:
    void produce();
    bool push(Batch&& batch);

    CsvReader* m_reader;
    ImportRowValidator* m_validator;
    Range m_range;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_finished = false;
    bool m_stopping = false;
    QString m_readerError;
};

} // namespace mentordesk
