// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowPipeline.h"

#include "importing/CsvReader.h"

namespace mentordesk {

RowPipeline::RowPipeline(CsvReader* reader, ImportRowValidator* validator, const Range& range)
    : m_reader(reader)
    , m_validator(validator)
    , m_range(range)
{
}

RowPipeline::~RowPipeline()
{
    stop();
}

void RowPipeline::start()
{
    m_thread = std::thread([this] { produce(); });
}

void RowPipeline::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

QString RowPipeline::readerError() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_readerError;
}

bool RowPipeline::push(Batch&& batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopping || int(m_batches.size()) < kMaximumBatches; });
    if (m_stopping)
        return false;
    m_batches.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool RowPipeline::next(Batch* batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopping || m_finished || !m_batches.empty(); });
    if (m_batches.empty())
        return false;
    *batch = std::move(m_batches.front());
    m_batches.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void RowPipeline::produce()
{
    const QStringList& columnNames = m_validator->columnNames();
    Batch batch;
    batch.rows.reserve(kBatchRows);
    CsvRecord record;
    bool header = m_range.hasHeaderRow;
    qint64 dataRow = 0;
    bool stopped = false;
    while (m_reader->readRecord(&record)) {
        if (header) {
            header = false;
            continue;
        }
        ++dataRow;
        if (dataRow < m_range.firstRow)
            continue;
        if (m_range.lastRow > 0 && dataRow > m_range.lastRow)
            break;
        ParsedRow& parsed = batch.rows.emplace_back();
        parsed.record = record; // shares the buffer; the reader detaches it when it reads on
        // A value the reader had to repair may not be what the file meant: the row is not imported.
        for (const CsvRecord::Issue& issue : record.issues()) {
            const int column = issue.column - 1;
            ImportProblem problem;
            problem.line = issue.lineNumber;
            problem.column = column;
            problem.columnName = columnNames.value(column);
            problem.reason = issue.message;
            if (column >= 0)
                problem.value = record.field(column).toString();
            parsed.problems << problem;
        }
        if (!m_validator->validate(record, &parsed.row))
            parsed.problems += parsed.row.problems;
        if (int(batch.rows.size()) == kBatchRows) {
            batch.bytesRead = m_reader->bytesRead();
            if (!push(std::move(batch))) {
                stopped = true;
                break;
            }
            batch = Batch();
            batch.rows.reserve(kBatchRows);
        }
    }
    if (!stopped && !batch.rows.empty()) {
        batch.bytesRead = m_reader->bytesRead();
        push(std::move(batch));
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_reader->hasError())
            m_readerError = m_reader->errorString();
        m_finished = true;
    }
    m_changed.notify_all();
}

} // namespace mentordesk
