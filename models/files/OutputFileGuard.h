// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace mentordesk {

/// Says whether a command may write an output file (a report, an export) at a path: never over the
/// program, its SQLite companions (-wal, -shm, -journal), one of its safety copies, or a file the
/// command reads. A user who types the program's name after --errors by mistake would otherwise
/// lose the program. Paths are compared by canonical path (so "./a/../program.mentordesk" and a
/// symbolic link are caught) and, on POSIX when both files exist, by device and inode (so a hard
/// link is caught too).
class OutputFileGuard {
    Q_DECLARE_TR_FUNCTIONS(OutputFileGuard)
public:
    /// Protects the program at `programPath`, its companions and its safety copies: the import's
    /// "<name>.before-import.mentordesk" (and its .partial and .previous steps) and the upgrade's
    /// "<name>.v<N>-<yyyyMMdd-HHmmss>.backup.mentordesk" (see ProgramDatabase and ImportEngine).
    void protectProgram(const QString& programPath);
    /// Protects a file the command reads.
    void protectInput(const QString& inputPath);

    /// Whether `outputPath` may be written; false with a sentence naming the file and saying what
    /// to do in `*error`.
    bool allows(const QString& outputPath, QString* error) const;

private:
    enum class Role { Program, Companion, SafetyCopy, Input };
    struct ProtectedFile {
        QString path; ///< normalized, see normalizedPath()
        Role role;
        QString program; ///< the program it belongs to, for the message
    };
    struct ProtectedPattern {
        QString directory; ///< normalized
        QRegularExpression fileName;
        QString program;
    };

    void protect(const QString& path, Role role, const QString& program);
    QString refusal(const QString& outputPath, const ProtectedFile& file) const;

    QList<ProtectedFile> m_files;
    QList<ProtectedPattern> m_patterns;
};

} // namespace mentordesk
