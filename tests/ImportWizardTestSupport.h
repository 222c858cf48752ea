// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Driving the import wizard, shared by the suites of its seller and mentor files.

#include "importwizard/ImportWizard.h"
#include "mainwindow/Translations.h"
#include "WidgetTestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

/// Settings of their own, cleared, for the suite `applicationName`; English text with its plural
/// forms, whatever the system locale, because the checks read it.
inline void prepareWizardSuite(const QString& applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MentorDeskTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    mentordesk::installTranslators(*QCoreApplication::instance());
}

/// How long a dry run or an import may take before the test gives up on it.
constexpr int kImportRunTimeoutMs = 60000;

/// Whether `text` holds `sentence`, whose "(s)" stands for an English plural form (or the
/// singular, for a count of one): the checks read the English translation, and hold before its
/// plural forms are filled in too.
inline bool containsCount(const QString& text, const QString& sentence)
{
    QString pattern = QRegularExpression::escape(sentence);
    pattern.replace(QStringLiteral("\\(s\\)"), QStringLiteral("(s|\\(s\\))?"));
    return text.contains(QRegularExpression(pattern));
}

/// Waits on the validation page until its dry run has ended.
inline void waitForValidation(mentordesk::ImportWizard& wizard)
{
    QCOMPARE(wizard.currentId(), int(mentordesk::ImportWizard::ValidationPageId));
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard.currentPage()->isComplete() ||
            !child<QLabel>(&wizard, QStringLiteral("validationState"))->text().startsWith(QStringLiteral("Checking")),
        kImportRunTimeoutMs);
}

/// Writes a CSV file at `path` of `header` and `rows` rows made from `rowPattern`, whose %1 is the
/// row's number; big enough files keep an import running while a test cancels it. Returns `path`,
/// or an empty string when the file cannot be written.
inline QString writeNumberedRows(const QString& path, const QByteArray& header, const QString& rowPattern, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray bytes = header + '\n';
    for (int i = 0; i < rows; ++i)
        bytes += rowPattern.arg(i).toUtf8() + '\n';
    return file.write(bytes) == bytes.size() ? path : QString();
}
