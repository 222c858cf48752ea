// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportProblemSink.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace mentordesk {

/// Writes the row-level error report of an import as CSV (RFC 4180, UTF-8 with a byte-order mark
/// so that Excel opens it right): one line per problem with the file line, the column, the value
/// and the reason, under a translated header row. Streams, so a file with a million rejected rows
/// needs no memory for them. The report is written to a temporary file next to the target and
/// renamed over it by finish(), so a failed or cancelled write never leaves half a report.
class ImportErrorReport : public ImportProblemSink {
    Q_DECLARE_TR_FUNCTIONS(ImportErrorReport)
public:
    ImportErrorReport();
    ~ImportErrorReport() override;
    Q_DISABLE_COPY(ImportErrorReport)

    /// Starts a report at `filePath`; false with a sentence in errorString() when it cannot.
    bool open(const QString& filePath);
    void rowRejected(qint64 line, const QStringList& cells, const QList<ImportProblem>& problems) override;
    /// Writes everything and puts the report in place; false with a sentence when the disk failed.
    bool finish();
    /// Drops the report being written.
    void discard();

    qint64 problemCount() const { return m_problemCount; }
    QString errorString() const { return m_error; }

    /// One CSV field: quoted when it holds a delimiter, a quote or a line end; a value starting
    /// with = + - @ is prefixed with ' so that a spreadsheet does not run it as a formula.
    static QString csvField(const QString& value);

private:
    class Private;
    Private* d;
    qint64 m_problemCount = 0;
    QString m_error;
};

} // namespace mentordesk
