// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttentionWorkspace.h"

#include "attention/AttentionKinds.h"
#include "attention/AttentionListModel.h"
#include "calendar/CalendarEditor.h"
#include "calendar/CalendarWorkspace.h"
#include "calendar/TouchpointEditDialog.h"
#include "dialogs/EndPairingDialog.h"
#include "dialogs/ExtendTrialDialog.h"
#include "editing/ProgramEditor.h"
#include "storage/PairingRepository.h"

#include <QDesktopServices>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace mentordesk {

namespace {

constexpr int kDefaultMinutes = 30;
const QTime kDefaultStart(10, 0);

} // namespace

AttentionWorkspace::AttentionWorkspace(QWidget* parent)
    : QWidget(parent)
    , m_model(new AttentionListModel(this))
    , m_view(new QTreeView(this))
    , m_heading(new QLabel(this))
    , m_updating(new QLabel(tr("Updating…"), this))
    , m_banner(new QFrame(this))
    , m_bannerLabel(new QLabel(m_banner))
    , m_resolve(new QPushButton(this))
    , m_email(new QPushButton(tr("E-mail Mentor…"), this))
{
    setObjectName(QStringLiteral("attentionWorkspace"));
    setUpBanner();

    m_heading->setObjectName(QStringLiteral("attentionHeading"));
    m_view->setObjectName(QStringLiteral("attentionView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // thousands of lines stay cheap to lay out
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AttentionListModel::Detail, QHeaderView::Stretch);
    // The kind and the action are short labels read at a glance: never elided (QTreeView sizes
    // them from the rows shown, so a long list costs nothing more).
    m_view->header()->setSectionResizeMode(AttentionListModel::Kind, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AttentionListModel::Action, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) { resolve(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AttentionWorkspace::updateButtons);

    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_resolve->setToolTip(tr("Do what resolves the selected line (Enter)."));
    connect(m_resolve, &QPushButton::clicked, this, [this] { resolve(currentRow()); });
    m_email->setObjectName(QStringLiteral("emailButton"));
    m_email->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_email->setToolTip(tr("Compose a reminder to the mentor in your mail client (Ctrl+Shift+E); MentorDesk "
                           "sends nothing itself."));
    connect(m_email, &QPushButton::clicked, this, [this] { emailMentor(currentRow()); });
    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, m_model, &AttentionListModel::refresh);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_email);
    buttons->addStretch(1);
    // Beside the heading, so that it comes and goes without moving the list.
    m_updating->setObjectName(QStringLiteral("attentionUpdating"));
    m_updating->setEnabled(false);
    m_updating->setToolTip(tr("The list is being read again; it shows the previous reading until then."));
    m_updating->hide();
    connect(m_model, &AttentionListModel::updatingChanged, m_updating, &QWidget::setVisible);
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_updating);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(headingRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_model, &AttentionListModel::countsChanged, this, [this] {
        updateHeading();
        updateButtons();
        Q_EMIT countsChanged();
    });
    updateHeading();
    updateButtons();
}

AttentionWorkspace::~AttentionWorkspace() = default;

void AttentionWorkspace::setUpBanner()
{
    m_banner->setObjectName(QStringLiteral("attentionBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setForegroundRole(QPalette::ToolTipText);
    auto* close = new QToolButton(m_banner);
    close->setObjectName(QStringLiteral("closeBanner"));
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    close->setText(tr("Close"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, m_banner, &QWidget::hide);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(close);
    m_banner->hide();
}

void AttentionWorkspace::setProgram(const QSqlDatabase& db, ProgramEditor* editor)
{
    m_editor = editor;
    m_model->setDatabase(editor ? db : QSqlDatabase(), editor ? editor->changes() : nullptr);
}

void AttentionWorkspace::setCalendar(CalendarWorkspace* calendar)
{
    m_calendar = calendar;
}

int AttentionWorkspace::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : (m_model->rowCount() > 0 ? 0 : -1);
}

void AttentionWorkspace::updateHeading()
{
    if (!m_model->errorString().isEmpty()) {
        m_heading->setText(m_model->errorString());
        return;
    }
    const int count = m_model->rowCount();
    const QString day = QLocale().toString(m_model->asOf(), QLocale::LongFormat);
    m_heading->setText(count == 0 ? tr("Nothing needs attention on %1.").arg(day)
                                  : tr("%n line(s) need attention on %1, most urgent first.", nullptr, count).arg(day));
}

void AttentionWorkspace::updateButtons()
{
    const int row = currentRow();
    m_resolve->setEnabled(row >= 0 && m_editor);
    m_email->setEnabled(row >= 0 && !m_model->item(row).mentorEmail.isEmpty());
    m_resolve->setText(row >= 0 ? AttentionKinds::actionLabel(m_model->item(row).action) : tr("Resolve"));
}

QString AttentionWorkspace::badgeText() const
{
    const int count = m_model->rowCount();
    return count == 0 ? QString() : tr("%n need(s) attention", nullptr, count);
}

QString AttentionWorkspace::countsText() const
{
    QStringList parts;
    const QHash<AttentionKind, int> counts = m_model->countsByKind();
    for (AttentionKind kind : AttentionKinds::all()) {
        if (counts.value(kind) > 0)
            parts << tr("%1: %2").arg(AttentionKinds::label(kind)).arg(counts.value(kind));
    }
    return QLocale().createSeparatedList(parts);
}

void AttentionWorkspace::announce()
{
    whenUpToDate(this, [this] { announceNow(); });
}

void AttentionWorkspace::whenUpToDate(QObject* context, const std::function<void()>& then)
{
    if (!m_model->isUpdating()) {
        then();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_model, &AttentionListModel::updatingChanged, context, [connection, then](bool updating) {
        if (updating)
            return;
        QObject::disconnect(*connection);
        then();
    });
}

void AttentionWorkspace::announceNow()
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const QString title = tr("%n line(s) need attention", nullptr, count);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/mentordesk.svg")), this);
            m_tray->setToolTip(tr("MentorDesk"));
        }
        m_tray->show();
        m_tray->showMessage(title, countsText());
        return;
    }
    m_bannerLabel->setText(tr("%1 today: %2.").arg(title, countsText()));
    m_banner->show();
}

QUrl AttentionWorkspace::reminderUrl(int row) const
{
    if (row < 0 || row >= m_model->rowCount() || m_model->item(row).mentorEmail.isEmpty())
        return {};
    const AttentionItem& item = m_model->item(row);
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(item.mentorEmail);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"),
                       tr("%1: your mentorship with %2").arg(AttentionKinds::label(item.kind), item.menteeName));
    query.addQueryItem(QStringLiteral("body"), tr("Hello %1,\n\n%2\n").arg(item.mentorName, item.detail));
    url.setQuery(query);
    return url;
}

void AttentionWorkspace::emailMentor(int row)
{
    const QUrl url = reminderUrl(row);
    if (!url.isValid()) {
        Q_EMIT statusMessage(tr("The mentor has no e-mail address; add one in the Mentors workspace."));
        return;
    }
    if (!QDesktopServices::openUrl(url))
        Q_EMIT statusMessage(tr("No mail client opened the reminder; set one as your desktop's default."));
}

void AttentionWorkspace::resolve(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_editor)
        return;
    const AttentionItem item = m_model->item(row);
    switch (item.action) {
    case AttentionAction::LogTouchpoint:
        logTouchpoint(row);
        break;
    case AttentionAction::ScheduleTouchpoint:
        scheduleTouchpoint(row);
        break;
    case AttentionAction::DecideTrial:
        decideTrial(row);
        break;
    case AttentionAction::OpenChecklist:
        Q_EMIT checklistRequested(item.pairingId, item.subjectId);
        break;
    case AttentionAction::RecordFeedback:
        Q_EMIT feedbackRequested(item.pairingId);
        break;
    case AttentionAction::ConsiderRematch:
        Q_EMIT rematchRequested(item.menteeId);
        break;
    }
}

void AttentionWorkspace::logTouchpoint(int row)
{
    const AttentionItem item = m_model->item(row);
    if (!m_calendar)
        return;
    Q_EMIT calendarRequested();
    m_calendar->setSelectedDay(item.due);
    m_calendar->editTouchpoint(item.subjectId);
}

void AttentionWorkspace::scheduleTouchpoint(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_editor)
        return;
    const AttentionItem item = m_model->item(row);
    TouchpointEditValues values;
    values.date = m_model->asOf().addDays(1);
    values.time = kDefaultStart;
    values.durationMinutes = kDefaultMinutes;
    values.kind = QStringLiteral("live_call");
    values.status = QStringLiteral("planned");
    values.title = tr("Catch-up with %1").arg(item.menteeName);
    TouchpointEditDialog dialog(values, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TouchpointEditValues chosen = dialog.values();
    TouchpointDraft draft;
    draft.pairingId = item.pairingId;
    draft.kind = chosen.kind;
    draft.scheduledUtc = QDateTime(chosen.date, chosen.time, m_model->zone()).toUTC();
    draft.durationMinutes = chosen.durationMinutes;
    draft.title = chosen.title;
    draft.notes = chosen.notes;
    CalendarEditor calendar(*m_editor);
    // One undo step: the new touchpoint and, when it is logged at once, its status.
    m_editor->undoStack()->beginMacro(tr("Schedule touchpoint"));
    const qint64 id = calendar.createTouchpoint(draft);
    bool written = id != 0;
    if (written && chosen.status == QLatin1String("done"))
        written = calendar.markDone(id, QDateTime::currentDateTimeUtc());
    else if (written && chosen.status == QLatin1String("missed"))
        written = calendar.markMissed(id);
    else if (written && chosen.status == QLatin1String("cancelled"))
        written = calendar.markCancelled(id);
    m_editor->undoStack()->endMacro();
    if (!written) {
        m_editor->undoStack()->undo();
        QMessageBox::warning(this, tr("Touchpoint not scheduled"), calendar.errorString());
        return;
    }
    Q_EMIT statusMessage(tr("Touchpoint with %1 on %2 saved. Edit ▸ Undo takes it back.")
                             .arg(item.menteeName, QLocale().toString(chosen.date, QLocale::ShortFormat)));
}

void AttentionWorkspace::decideTrial(int row)
{
    QMenu menu(this);
    menu.addAction(tr("&Confirm Trial"), this, [this, row] { confirmTrial(row); });
    menu.addAction(tr("E&xtend Trial…"), this, [this, row] { extendTrial(row); });
    menu.addAction(tr("&End Pairing…"), this, [this, row] { endPairing(row); });
    menu.exec(m_resolve->mapToGlobal(QPoint(0, m_resolve->height())));
}

QString AttentionWorkspace::counterpart(const AttentionItem& item) const
{
    return tr("%1 and %2").arg(item.mentorName, item.menteeName);
}

void AttentionWorkspace::reportPairingChange(bool written, const QString& done)
{
    if (!written) {
        QMessageBox::warning(this, tr("Pairing not changed"), m_editor->errorString());
        return;
    }
    Q_EMIT statusMessage(done);
}

void AttentionWorkspace::confirmTrial(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_editor)
        return;
    const AttentionItem item = m_model->item(row);
    reportPairingChange(m_editor->confirmTrial(item.pairingId),
                        tr("The pairing of %1 is active now. Edit ▸ Undo takes it back.").arg(counterpart(item)));
}

void AttentionWorkspace::extendTrial(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_editor)
        return;
    const AttentionItem item = m_model->item(row);
    ExtendTrialDialog dialog(counterpart(item), item.due, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reportPairingChange(m_editor->extendTrial(item.pairingId, dialog.newEnd()),
                        tr("The trial of %1 now ends on %2.")
                            .arg(counterpart(item), QLocale().toString(dialog.newEnd(), QLocale::ShortFormat)));
}

void AttentionWorkspace::endPairing(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_editor)
        return;
    const AttentionItem item = m_model->item(row);
    const PairingState pairing = PairingRepository(m_editor->records()).state(item.pairingId);
    EndPairingDialog dialog(counterpart(item), pairing.startedOn, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reportPairingChange(m_editor->endPairing(item.pairingId, dialog.reason(), dialog.endedOn()),
                        tr("The pairing of %1 has ended. Edit ▸ Undo takes it back.").arg(counterpart(item)));
}

} // namespace mentordesk
