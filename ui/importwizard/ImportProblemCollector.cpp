// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportProblemCollector.h"

#include <QMutexLocker>

namespace mentordesk {

ImportProblemCollector::ImportProblemCollector(int maximumRows, ImportProblemSink* forward)
    : m_maximumRows(maximumRows)
    , m_forward(forward)
{
}

void ImportProblemCollector::rowRejected(qint64 line, const QStringList& cells, const QList<ImportProblem>& problems)
{
    ++m_rejected;
    for (const ImportProblem& problem : problems) {
        if (problem.ambiguous)
            m_ambiguous = true;
    }
    if (m_forward)
        m_forward->rowRejected(line, cells, problems);
    QMutexLocker locker(&m_mutex);
    if (m_rows.size() < m_maximumRows)
        m_rows.append({line, cells, problems});
}

QList<ImportPreviewModel::RejectedRow> ImportProblemCollector::rows() const
{
    QMutexLocker locker(&m_mutex);
    return m_rows;
}

} // namespace mentordesk
