// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finding a wizard's widgets by object name and saving pictures of it, shared by the GUI suites.

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QWidget>

/// The child called `name`, or null with a warning that names it (the test then fails on it).
template <typename Widget> Widget* child(QObject* parent, const QString& name)
{
    auto* widget = parent->findChild<Widget*>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

/// Saves a picture of `widget` when MENTORDESK_SCREENSHOT_DIR names a folder (see
/// scripts/screenshots.sh); run under Xvfb for pictures as a desktop shows them.
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("MENTORDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    // What the last step posted (layout requests, updates) is handled before the picture is taken.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    widget->grab().save(QDir(folder).filePath(name));
}
