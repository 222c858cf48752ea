// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Driving modal dialogs from GUI tests, shared by the suites that open them.

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QPointer>
#include <QTimer>

#include <utility>

namespace modaldialogs {

/// Waits for the next dialog window to be shown (QEvent::Show, seen by an application-wide event
/// filter) and answers it from the dialog's own event loop, once show() has returned, the way a
/// user would. Deletes itself after answering.
template <typename Dialog, typename Answer> class ShowWatcher : public QObject {
public:
    ShowWatcher(QObject* context, bool* answered, Answer answer)
        : QObject(context)
        , m_answered(answered)
        , m_answer(std::move(answer))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* dialog = event->type() == QEvent::Show ? qobject_cast<QDialog*>(watched) : nullptr;
        if (!dialog || !dialog->isWindow())
            return false;
        const bool wanted = qobject_cast<Dialog*>(dialog) != nullptr;
        // Another modeless window may come and go; an unexpected modal one is rejected below, so that
        // the test fails instead of waiting in its event loop.
        if (!wanted && !dialog->testAttribute(Qt::WA_ShowModal))
            return false;
        qApp->removeEventFilter(this);
        QTimer::singleShot(0, dialog, [this, self = QPointer<QObject>(this), dialog, wanted] {
            if (!self)
                return;
            if (wanted) {
                m_answer(static_cast<Dialog*>(dialog));
                *m_answered = true;
            } else {
                qWarning("an unexpected %s was shown; rejected", dialog->metaObject()->className());
            }
            // A dialog still open after the answer (because the answer failed) is rejected, so the
            // test fails instead of hanging.
            while (auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                modal->reject();
            deleteLater();
        });
        return false;
    }

private:
    bool* m_answered;
    Answer m_answer;
};

/// The watcher of the latest whenShown() that has not answered yet.
inline QPointer<QObject> pendingWatcher;

} // namespace modaldialogs

/// Answers the next modal dialog once it is shown, the way a user would; `answered` tells whether
/// it was a `Dialog` and was answered. A later whenShown() replaces one that has not answered yet.
template <typename Dialog, typename Answer> void whenShown(QObject* context, bool* answered, Answer answer)
{
    *answered = false;
    delete modaldialogs::pendingWatcher.data();
    modaldialogs::pendingWatcher = new modaldialogs::ShowWatcher<Dialog, Answer>(context, answered, std::move(answer));
}
