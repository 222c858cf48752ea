// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFileGuard.h"

#include <QDir>
#include <QFileInfo>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

namespace mentordesk {

namespace {

#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
constexpr Qt::CaseSensitivity kPathCase = Qt::CaseInsensitive;
#else
constexpr Qt::CaseSensitivity kPathCase = Qt::CaseSensitive;
#endif

/// The canonical path of an existing file; for a file still to be written, the canonical path of
/// its folder plus its name, so that a folder reached through a link compares equal too.
QString normalizedPath(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + u'/' + info.fileName();
}

/// Two existing names of one file (a hard link); false when either does not exist.
bool sameInode(const QString& first, const QString& second)
{
#ifdef Q_OS_WIN
    Q_UNUSED(first)
    Q_UNUSED(second)
    return false;
#else
    struct stat a = {};
    struct stat b = {};
    if (stat(QFile::encodeName(first).constData(), &a) != 0 || stat(QFile::encodeName(second).constData(), &b) != 0)
        return false;
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
#endif
}

} // namespace

void OutputFileGuard::protect(const QString& path, Role role, const QString& program)
{
    m_files.append({normalizedPath(path), role, program});
}

void OutputFileGuard::protectProgram(const QString& programPath)
{
    const QString program = normalizedPath(programPath);
    const QString shownProgram = QDir::toNativeSeparators(programPath);
    protect(program, Role::Program, shownProgram);
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        protect(program + QLatin1String(suffix), Role::Companion, shownProgram);

    const QFileInfo info(program);
    const QString base = QRegularExpression::escape(info.completeBaseName());
    const QRegularExpression copies(
        QRegularExpression::anchoredPattern(QStringLiteral("%1\\.(before-import\\.mentordesk(\\.partial|\\.previous)?|"
                                                           "v\\d+-\\d{8}-\\d{6}\\.backup\\.mentordesk)")
                                                .arg(base)),
        kPathCase == Qt::CaseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                         : QRegularExpression::NoPatternOption);
    const QString folder = normalizedPath(info.absolutePath());
    m_patterns.append({folder, copies, shownProgram});
    // The copies there now are protected by name as well, so that a hard link to one is caught.
    const QStringList existing = QDir(folder).entryList(QDir::Files);
    for (const QString& name : existing) {
        if (copies.match(name).hasMatch())
            protect(folder + u'/' + name, Role::SafetyCopy, shownProgram);
    }
}

void OutputFileGuard::protectInput(const QString& inputPath)
{
    protect(inputPath, Role::Input, QString());
}

bool OutputFileGuard::allows(const QString& outputPath, QString* error) const
{
    const QString output = normalizedPath(outputPath);
    for (const ProtectedFile& file : m_files) {
        if (output.compare(file.path, kPathCase) == 0 || sameInode(output, file.path)) {
            *error = refusal(outputPath, file);
            return false;
        }
    }
    const QFileInfo info(output);
    const QString folder = normalizedPath(info.absolutePath());
    for (const ProtectedPattern& pattern : m_patterns) {
        if (folder.compare(pattern.directory, kPathCase) == 0 && pattern.fileName.match(info.fileName()).hasMatch()) {
            *error = refusal(outputPath, {output, Role::SafetyCopy, pattern.program});
            return false;
        }
    }
    return true;
}

QString OutputFileGuard::refusal(const QString& outputPath, const ProtectedFile& file) const
{
    const QString shown = QDir::toNativeSeparators(outputPath);
    switch (file.role) {
    case Role::Program:
        return tr("“%1” is the program file itself; writing there would destroy the program. Nothing was written. "
                  "Choose another file name.")
            .arg(shown);
    case Role::Companion:
        return tr("“%1” is a working file SQLite keeps beside the program “%2”; writing there would damage the "
                  "program. Nothing was written. Choose another file name.")
            .arg(shown, file.program);
    case Role::SafetyCopy:
        return tr("“%1” is a safety copy of the program “%2”, kept so that the program can be restored. Nothing was "
                  "written. Choose another file name.")
            .arg(shown, file.program);
    case Role::Input:
        break;
    }
    return tr("“%1” is a file this command reads; writing there would lose it. Nothing was written. Choose another "
              "file name.")
        .arg(shown);
}

} // namespace mentordesk
