// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Driving modal dialogs from GUI tests, shared by the suites that open them.

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QTest>
#include <QTimer>

/// Answers the next modal dialog once it is shown, the way a user would. A dialog still open
/// after the answer (because the answer failed) is rejected, so the test fails instead of hanging.
template <typename Dialog, typename Answer> void whenShown(QObject* context, bool* answered, Answer answer)
{
    *answered = false;
    QTimer::singleShot(0, context, [answered, answer] {
        QDeadlineTimer deadline(5000);
        while (!qobject_cast<Dialog*>(QApplication::activeModalWidget()) && !deadline.hasExpired())
            QTest::qWait(20);
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            answer(dialog);
            *answered = true;
        }
        while (auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
            modal->reject();
    });
}
