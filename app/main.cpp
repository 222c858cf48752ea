// SPDX-License-Identifier: GPL-3.0-or-later
#include "attention/AttentionWorkspace.h"
#include "Command.h"
#include "CommandLine.h"
#include "demo/DemoProgramFile.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Translations.h"
#include "settings/SettingsKeys.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace mentordesk;

namespace {

/// The program to show: --demo's fresh demo, --database's file, the last program, or on
/// first start the demo program.
QString programToOpen(const CommandLineRequest& request, QString* error)
{
    if (!request.database.isEmpty())
        return request.database;
    const QString last = QSettings().value(SettingsKeys::lastProgram).toString();
    if (!request.demo && !last.isEmpty() && QFileInfo::exists(last))
        return last;
    const QString demo = DemoProgramFile::defaultPath();
    if (!DemoProgramFile::ensure(demo, request.demo, error))
        return {};
    return demo;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("MentorDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("MentorDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MENTORDESK_VERSION));

    // The command line is read under a window-less application, so that --help, errors and the
    // headless commands work (translated) without a display; the window gets its own afterwards.
    CommandLineRequest request;
    {
        QCoreApplication app(argc, argv);
        installTranslators(app);
        request = CommandLine::parse(QCoreApplication::arguments());
        if (request.kind == CommandLineRequest::Kind::Exit)
            return request.exitCode;
        if (request.kind == CommandLineRequest::Kind::RunCommand)
            return request.command->run(request.arguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("MentorDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mentordesk.svg")));
    installTranslators(app);

    MainWindow window;
    window.restoreWindowState();
    QString error;
    const QString program = programToOpen(request, &error);
    if (program.isEmpty())
        QMessageBox::critical(&window, QObject::tr("Cannot create the demo program"), error);
    else if (!window.openProgram(program) && !request.database.isEmpty())
        return 2;
    if (request.workspace >= 0)
        window.showWorkspace(std::clamp(request.workspace, 0, window.pageCount() - 1));
    if (!request.screenshot.isEmpty())
        window.resize(1366, 768); // the smallest screen MentorDesk must fit
    window.show();
    if (!request.screenshot.isEmpty()) {
        // The attention list and its badge are read in the background: shot once they are in.
        QTimer::singleShot(500, &window, [&window, &request] {
            window.attention()->whenUpToDate(&window, [&window, &request] {
                const bool saved = window.grab().save(request.screenshot);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
    }
    return app.exec();
}
