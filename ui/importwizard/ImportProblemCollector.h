// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importing/ImportProblemSink.h"
#include "itemmodels/ImportPreviewModel.h"

#include <QList>
#include <QMutex>

#include <atomic>

namespace mentordesk {

/// Keeps the first rejected rows of an import for the wizard's preview and passes every rejected
/// row on to another sink (the error report), which therefore sees all of them. Filled on the
/// import's thread, read on the window's.
class ImportProblemCollector : public ImportProblemSink {
public:
    explicit ImportProblemCollector(int maximumRows, ImportProblemSink* forward = nullptr);

    void rowRejected(qint64 line, const QStringList& cells, const QList<ImportProblem>& problems) override;

    /// The rows kept so far.
    QList<ImportPreviewModel::RejectedRow> rows() const;
    qint64 rejectedCount() const { return m_rejected; }
    bool hasAmbiguousValues() const { return m_ambiguous; }

private:
    const int m_maximumRows;
    ImportProblemSink* m_forward;
    mutable QMutex m_mutex;
    QList<ImportPreviewModel::RejectedRow> m_rows;
    std::atomic<qint64> m_rejected{0};
    std::atomic<bool> m_ambiguous{false};
};

} // namespace mentordesk
