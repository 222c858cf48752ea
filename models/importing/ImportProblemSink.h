// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportProblem.h"

#include <QList>
#include <QStringList>

namespace mentordesk {

/// Receives the rows an import rejects, in file order, while it runs: the error report writer
/// streams them to a CSV file, the wizard keeps the first few thousand for its preview. Called on
/// the import's thread.
class ImportProblemSink {
public:
    virtual ~ImportProblemSink() = default;
    /// The row starting on `line` was not imported; `cells` are its values as read, `problems` say
    /// why (at least one).
    virtual void rowRejected(qint64 line, const QStringList& cells, const QList<ImportProblem>& problems) = 0;
};

} // namespace mentordesk
