// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSqlDatabase>
#include <QUrl>
#include <QWidget>

#include <functional>

class QFrame;
class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QTreeView;

namespace mentordesk {

class AttentionListModel;
class CalendarWorkspace;
class ProgramEditor;
struct AttentionItem;

/// The "Needs attention" workspace, the page a coordinator starts the day on: what needs doing
/// today, most urgent first, each line coloured by its kind and with the action that resolves
/// it — the button below the list, Enter, or a double-click: log or schedule a touchpoint (the
/// Calendar's edit dialog), confirm, extend or end a trial (the pairing commands), consider a
/// re-match; checklists and feedback are asked for by signal (their workspaces come separately).
/// An e-mail reminder to the mentor is composed in the user's mail client (`mailto:`), never sent.
class AttentionWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit AttentionWorkspace(QWidget* parent = nullptr);
    ~AttentionWorkspace() override;

    /// Shows the program of `db`; a null editor closes it.
    void setProgram(const QSqlDatabase& db, ProgramEditor* editor);
    /// The Calendar workspace whose dialog logs a planned touchpoint.
    void setCalendar(CalendarWorkspace* calendar);

    AttentionListModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QPushButton* resolveButton() const { return m_resolve; }
    QPushButton* emailButton() const { return m_email; }
    QFrame* banner() const { return m_banner; }
    QLabel* bannerLabel() const { return m_bannerLabel; }
    /// "Updating…" beside the heading while the list is read in the background.
    QLabel* updatingLabel() const { return m_updating; }

    /// "3 need attention" for the status bar; empty when nothing does.
    QString badgeText() const;
    /// The counts per kind as one sentence ("Overdue: 2, At risk: 1").
    QString countsText() const;
    /// Tells the counts once, on start: a tray message where the desktop has a tray, a banner in
    /// the window otherwise. Nothing when nothing needs attention. The list being read, it tells
    /// them when the read's result arrives; it never waits.
    void announce();
    /// Calls `then` once the list shown is the latest read: at once, or when the read under way
    /// ends (not at all if `context` is destroyed first).
    void whenUpToDate(QObject* context, const std::function<void()>& then);

    /// The `mailto:` reminder for the mentor of `row`; invalid when the mentor has no address.
    QUrl reminderUrl(int row) const;

    /// Runs the action of `row` (what the resolve button, Enter and a double-click do).
    void resolve(int row);
    void confirmTrial(int row);
    void extendTrial(int row);
    void endPairing(int row);
    /// Schedules a new touchpoint for the pairing of `row` through the edit dialog.
    void scheduleTouchpoint(int row);
    void emailMentor(int row);

Q_SIGNALS:
    void statusMessage(const QString& message);
    void countsChanged();
    /// The Calendar should be shown (a touchpoint is being logged there).
    void calendarRequested();
    void checklistRequested(qint64 pairingId, qint64 checklistItemId);
    void feedbackRequested(qint64 pairingId);
    void rematchRequested(qint64 sellerId);

private:
    void setUpBanner();
    void announceNow();
    int currentRow() const;
    void updateButtons();
    void updateHeading();
    void decideTrial(int row);
    void logTouchpoint(int row);
    void reportPairingChange(bool written, const QString& done);
    /// The mentee as the dialogs name the counterpart.
    QString counterpart(const AttentionItem& item) const;

    AttentionListModel* m_model;
    QTreeView* m_view;
    QLabel* m_heading;
    QLabel* m_updating;
    QFrame* m_banner;
    QLabel* m_bannerLabel;
    QPushButton* m_resolve;
    QPushButton* m_email;
    QSystemTrayIcon* m_tray = nullptr;
    QPointer<CalendarWorkspace> m_calendar;
    ProgramEditor* m_editor = nullptr;
};

} // namespace mentordesk
