// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarWorkspace.h"

#include "calendar/CalendarEditor.h"
#include "calendar/TouchpointRangeModel.h"
#include "CalendarDayIndex.h"
#include "CalendarFilterBar.h"
#include "CalendarLegend.h"
#include "CalendarStyle.h"
#include "editing/ProgramEditor.h"
#include "MonthGridView.h"
#include "storage/PairingRepository.h"
#include "TouchpointDetailPanel.h"
#include "WeekAgendaView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

namespace mentordesk {

namespace {

constexpr int kDetailWidth = 270;
constexpr int kWeekDays = 7;

QDate weekStart(const QDate& day)
{
    const int first = int(QLocale().firstDayOfWeek());
    return day.addDays(-((day.dayOfWeek() - first + kWeekDays) % kWeekDays));
}

/// Removes the macro just ended when its first command was refused (nothing was changed), so
/// Undo does not offer a step that does nothing. An obsolete command is dropped when undone.
void discardIfEmpty(QUndoStack* undo)
{
    const QUndoCommand* last = undo->command(undo->index() - 1);
    if (!last || last->childCount() > 0)
        return;
    const_cast<QUndoCommand*>(last)->setObsolete(true);
    undo->undo();
}

QToolButton* toolButton(QWidget* parent, const QString& icon, const QString& text, const QString& name)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setIcon(QIcon::fromTheme(icon));
    button->setText(text);
    button->setToolButtonStyle(icon.isEmpty() ? Qt::ToolButtonTextOnly : Qt::ToolButtonFollowStyle);
    return button;
}

} // namespace

CalendarWorkspace::CalendarWorkspace(QWidget* parent)
    : QWidget(parent)
    , m_model(new TouchpointRangeModel(this))
    , m_dayIndex(new CalendarDayIndex(m_model, this))
    , m_tabs(new QTabBar(this))
    , m_rangeLabel(new QLabel(this))
    , m_filterBar(new CalendarFilterBar(this))
    , m_stack(new QStackedWidget(this))
    , m_week(new WeekAgendaView(this))
    , m_month(new MonthGridView(this))
    , m_list(new QTableView(this))
    , m_detail(new TouchpointDetailPanel(this))
{
    setObjectName(QStringLiteral("calendarWorkspace"));
    m_list->setObjectName(QStringLiteral("calendarList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line a row, as the table workspaces show them (fixed heights, never sized to contents).
    m_list->setWordWrap(false);
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 6);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    // The start is the widest column; the header forgets section sizes when the model resets.
    auto sizeColumns = [this] {
        const QString widest = QLocale().toString(QDateTime(QDate(2000, 12, 30), QTime(23, 59)), QLocale::ShortFormat);
        m_list->setColumnWidth(TouchpointRangeModel::When, m_list->fontMetrics().horizontalAdvance(widest) + 24);
    };
    sizeColumns();
    connect(m_model, &QAbstractItemModel::modelReset, m_list, sizeColumns);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    selectTouchpoint(m_model->touchpointId(current.row()), current.row());
            });
    connect(m_list, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { editTouchpoint(m_model->touchpointId(index.row())); });
    for (CalendarPeriodView* view :
         {static_cast<CalendarPeriodView*>(m_week), static_cast<CalendarPeriodView*>(m_month)})
        connectView(view);
    m_list->installEventFilter(this);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_list);

    m_detail->setFixedWidth(kDetailWidth);
    connect(m_detail, &TouchpointDetailPanel::editRequested, this, &CalendarWorkspace::editTouchpoint);
    connect(m_detail, &TouchpointDetailPanel::statusRequested, this, &CalendarWorkspace::setStatus);
    connect(m_detail, &TouchpointDetailPanel::deleteRequested, this, &CalendarWorkspace::deleteTouchpoint);
    connect(m_detail, &TouchpointDetailPanel::attendanceRequested, this, &CalendarWorkspace::recordAttendance);
    connect(m_filterBar, &CalendarFilterBar::filterChanged, this, &CalendarWorkspace::updateRange);
    connect(m_dayIndex, &CalendarDayIndex::changed, this, &CalendarWorkspace::followModel);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_stack, 1);
    middle->addWidget(m_detail);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolBar());
    layout->addWidget(m_filterBar);
    layout->addLayout(middle, 1);
    layout->addWidget(new CalendarLegend(this));
    updateRange();
}

CalendarWorkspace::~CalendarWorkspace() = default;

QWidget* CalendarWorkspace::createToolBar()
{
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    QToolButton* previous =
        toolButton(bar, QStringLiteral("go-previous"), tr("Previous"), QStringLiteral("previousPeriod"));
    previous->setToolTip(tr("Previous week or month (Page Up)"));
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    QToolButton* today = toolButton(bar, QString(), tr("Today"), QStringLiteral("todayButton"));
    today->setToolTip(tr("Go to today (T)"));
    connect(today, &QToolButton::clicked, this, [this] { setSelectedDay(QDate::currentDate()); });
    QToolButton* next = toolButton(bar, QStringLiteral("go-next"), tr("Next"), QStringLiteral("nextPeriod"));
    next->setToolTip(tr("Next week or month (Page Down)"));
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    m_rangeLabel->setObjectName(QStringLiteral("calendarRange"));
    QFont bold = m_rangeLabel->font();
    bold.setBold(true);
    m_rangeLabel->setFont(bold);
    m_tabs->setObjectName(QStringLiteral("calendarModeTabs"));
    m_tabs->addTab(tr("&Week"));
    m_tabs->addTab(tr("M&onth"));
    m_tabs->addTab(tr("&List"));
    m_tabs->setDrawBase(false);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) { setMode(Mode(index)); });
    QToolButton* create =
        toolButton(bar, QStringLiteral("appointment-new"), tr("&New Touchpoint…"), QStringLiteral("newTouchpoint"));
    create->setToolTip(tr("Schedule or log a touchpoint, or set up a recurring one (N)"));
    connect(create, &QToolButton::clicked, this, [this] { newTouchpoint(m_selectedDay); });
    for (QWidget* widget : {static_cast<QWidget*>(previous), static_cast<QWidget*>(today), static_cast<QWidget*>(next)})
        layout->addWidget(widget);
    layout->addWidget(m_rangeLabel, 1);
    layout->addWidget(create);
    QToolButton* print =
        toolButton(bar, QStringLiteral("document-print"), tr("&Print…"), QStringLiteral("printCalendar"));
    print->setToolTip(tr("Print what the calendar shows (Ctrl+P)"));
    connect(print, &QToolButton::clicked, this, &CalendarWorkspace::printPreview);
    auto* printShortcut = new QShortcut(QKeySequence::Print, this);
    printShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printShortcut, &QShortcut::activated, this, &CalendarWorkspace::printPreview);
    layout->addWidget(print);
    layout->addWidget(m_tabs);
    return bar;
}

void CalendarWorkspace::connectView(CalendarPeriodView* view)
{
    view->setDayIndex(m_dayIndex);
    view->installEventFilter(this);
    connect(view, &CalendarPeriodView::daySelected, this, &CalendarWorkspace::setSelectedDay);
    connect(view, &CalendarPeriodView::touchpointSelected, this, &CalendarWorkspace::selectTouchpoint);
    connect(view, &CalendarPeriodView::touchpointActivated, this, &CalendarWorkspace::editTouchpoint);
    connect(view, &CalendarPeriodView::rescheduleRequested, this, &CalendarWorkspace::reschedule);
    connect(view, &CalendarPeriodView::newTouchpointRequested, this, &CalendarWorkspace::newTouchpoint);
}

void CalendarWorkspace::setProgram(QSqlDatabase db, ProgramEditor* editor)
{
    m_editor = editor;
    m_selectedId = 0;
    m_detail->setEditor(editor);
    // The model shows times on the program's clock (CalendarTime::programZone) once it has the program.
    m_model->setDatabase(editor ? db : QSqlDatabase(), editor ? editor->changes() : nullptr);
    m_filterBar->setProgram(editor ? db : QSqlDatabase(), editor ? db.databaseName() : QString());
    updateRange();
}

void CalendarWorkspace::focusFilter()
{
    m_filterBar->focusFirstField();
}

QWidget* CalendarWorkspace::currentView() const
{
    return m_stack->currentWidget();
}

void CalendarWorkspace::setMode(Mode mode)
{
    m_mode = mode;
    {
        const QSignalBlocker blocker(m_tabs);
        m_tabs->setCurrentIndex(int(mode));
    }
    m_stack->setCurrentIndex(int(mode));
    updateRange();
    currentView()->setFocus();
}

void CalendarWorkspace::setSelectedDay(const QDate& day)
{
    if (!day.isValid())
        return;
    m_selectedDay = day;
    updateRange();
}

QDate CalendarWorkspace::periodStart() const
{
    switch (m_mode) {
    case Mode::Week:
        return weekStart(m_selectedDay);
    case Mode::Month:
        return weekStart(QDate(m_selectedDay.year(), m_selectedDay.month(), 1));
    case Mode::List:
        break;
    }
    return QDate(m_selectedDay.year(), m_selectedDay.month(), 1);
}

QDate CalendarWorkspace::periodEnd() const
{
    switch (m_mode) {
    case Mode::Week:
        return periodStart().addDays(kWeekDays);
    case Mode::Month:
        return periodStart().addDays(MonthGridView::kWeeks * kWeekDays);
    case Mode::List:
        break;
    }
    return periodStart().addMonths(1);
}

void CalendarWorkspace::updateRange()
{
    const QDate first = periodStart();
    const QDate end = periodEnd();
    TouchpointFilter filter;
    const QTimeZone zone = m_model->displayZone();
    filter.fromUtc = QDateTime(first, QTime(0, 0), zone).toUTC();
    filter.toUtc = QDateTime(end, QTime(0, 0), zone).toUTC();
    m_filterBar->apply(&filter);
    // The model resets only when the filter differs; the day index follows its reset.
    if (filter != m_model->filter())
        m_model->setFilter(filter);
    m_week->setPeriod(first, m_selectedDay);
    m_month->setMonth(QDate(m_selectedDay.year(), m_selectedDay.month(), 1));
    m_month->setPeriod(first, m_selectedDay);
    const QLocale locale;
    m_rangeLabel->setText(m_mode == Mode::Week ? tr("%1 – %2", "first and last day of the week shown")
                                                     .arg(locale.toString(first, QLocale::ShortFormat),
                                                          locale.toString(end.addDays(-1), QLocale::ShortFormat))
                                               : locale.toString(m_selectedDay, QStringLiteral("MMMM yyyy")));
}

int CalendarWorkspace::rowOf(qint64 id) const
{
    return id == 0 || !m_selectedIdDay.isValid() ? -1 : m_dayIndex->rowOf(id, m_selectedIdDay);
}

void CalendarWorkspace::followModel()
{
    // After a change or another range the selected touchpoint may have moved rows, days or out of view.
    int row = rowOf(m_selectedId);
    if (row < 0 && m_selectedId != 0) {
        for (QDate day = periodStart(); day < periodEnd() && row < 0; day = day.addDays(1)) {
            row = m_dayIndex->rowOf(m_selectedId, day);
            if (row >= 0)
                m_selectedIdDay = day;
        }
    }
    if (row < 0)
        m_selectedId = 0;
    m_detail->showRow(m_model, row);
    m_week->setSelectedTouchpoint(m_selectedId);
    m_month->setSelectedTouchpoint(m_selectedId);
    Q_EMIT countsChanged();
}

void CalendarWorkspace::selectTouchpoint(qint64 id, int row)
{
    m_selectedId = id;
    m_selectedIdDay = m_model->data(m_model->index(row, 0), TouchpointRangeModel::StartLocalRole).toDateTime().date();
    m_detail->showRow(m_model, row);
    m_week->setSelectedTouchpoint(id);
    m_month->setSelectedTouchpoint(id);
    const qint64 pairingId = m_model->data(m_model->index(row, 0), TouchpointRangeModel::PairingIdRole).toLongLong();
    if (m_editor && pairingId != 0) {
        const PairingState pairing = PairingRepository(m_editor->records()).state(pairingId);
        m_filterBar->offerPeople(pairing.mentorId, m_model->index(row, TouchpointRangeModel::Mentor).data().toString(),
                                 pairing.menteeId, m_model->index(row, TouchpointRangeModel::Mentee).data().toString());
    }
}

void CalendarWorkspace::step(int direction)
{
    setSelectedDay(m_mode == Mode::Week ? m_selectedDay.addDays(direction * kWeekDays)
                                        : m_selectedDay.addMonths(direction));
}

bool CalendarWorkspace::handleKey(QKeyEvent* event)
{
    const bool grid = m_mode != Mode::List;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (!grid)
            return false;
        setSelectedDay(m_selectedDay.addDays(event->key() == Qt::Key_Left ? -1 : 1));
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!grid)
            return false;
        setSelectedDay(m_selectedDay.addDays(event->key() == Qt::Key_Up ? -kWeekDays : kWeekDays));
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        step(event->key() == Qt::Key_PageUp ? -1 : 1);
        return true;
    case Qt::Key_T:
        if (event->modifiers() != Qt::NoModifier && event->modifiers() != Qt::KeypadModifier)
            return false;
        setSelectedDay(QDate::currentDate());
        return true;
    case Qt::Key_N:
    case Qt::Key_Insert:
        if (event->modifiers() != Qt::NoModifier && event->modifiers() != Qt::KeypadModifier)
            return false;
        newTouchpoint(m_selectedDay);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selectedId == 0) {
            // Nothing selected yet: Enter opens the selected day's first touchpoint.
            const QVector<CalendarItem> first = m_dayIndex->items(m_selectedDay, 1);
            if (first.isEmpty())
                return true;
            selectTouchpoint(first.first().id, first.first().row);
        }
        editTouchpoint(m_selectedId);
        return true;
    default:
        return false;
    }
}

bool CalendarWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_week || watched == m_month || watched == m_list))
        return handleKey(static_cast<QKeyEvent*>(event));
    return QWidget::eventFilter(watched, event);
}

bool CalendarWorkspace::report(bool done, const CalendarEditor& calendar)
{
    // Takes the editor, not its error text: an argument list is evaluated in any order, and the
    // text must be read after the command.
    if (!done)
        Q_EMIT statusMessage(calendar.errorString());
    return done;
}

void CalendarWorkspace::reschedule(qint64 id, const QDateTime& localStart)
{
    if (!m_editor)
        return;
    CalendarEditor calendar(*m_editor);
    if (report(calendar.reschedule(id, localStart.toUTC()), calendar))
        m_selectedIdDay = localStart.date();
}

bool CalendarWorkspace::applyStatus(qint64 id, const QString& status)
{
    CalendarEditor calendar(*m_editor);
    bool done = false;
    if (status == QLatin1String("done"))
        done = calendar.markDone(id, QDateTime::currentDateTimeUtc());
    else if (status == QLatin1String("missed"))
        done = calendar.markMissed(id);
    else if (status == QLatin1String("cancelled"))
        done = calendar.markCancelled(id);
    else
        done = calendar.markPlanned(id);
    return report(done, calendar);
}

void CalendarWorkspace::setStatus(qint64 id, const QString& status)
{
    if (m_editor && id != 0)
        applyStatus(id, status);
}

void CalendarWorkspace::deleteTouchpoint(qint64 id)
{
    if (!m_editor || id == 0)
        return;
    CalendarEditor calendar(*m_editor);
    if (report(calendar.deleteTouchpoint(id), calendar))
        Q_EMIT statusMessage(tr("Touchpoint deleted; Undo brings it back."));
}

bool CalendarWorkspace::editValues(qint64 id, TouchpointEditValues* values) const
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    auto value = [this, row](int column, int role) { return m_model->data(m_model->index(row, column), role); };
    const QDateTime start = value(0, TouchpointRangeModel::StartLocalRole).toDateTime();
    values->date = start.date();
    values->time = start.time();
    const QString minutes = value(TouchpointRangeModel::Duration, Qt::DisplayRole).toString();
    values->durationMinutes = minutes.isEmpty() ? -1 : minutes.toInt();
    values->kind = value(0, TouchpointRangeModel::KindCodeRole).toString();
    values->status = value(0, TouchpointRangeModel::StatusCodeRole).toString();
    values->title = value(TouchpointRangeModel::Title, Qt::DisplayRole).toString();
    values->notes = value(TouchpointRangeModel::Notes, Qt::DisplayRole).toString();
    values->roundtable = value(0, TouchpointRangeModel::PairingIdRole).toLongLong() == 0;
    return true;
}

bool CalendarWorkspace::applyEdit(qint64 id, const TouchpointEditValues& values)
{
    TouchpointEditValues before;
    if (!m_editor || !editValues(id, &before))
        return false;
    const QDateTime start(values.date, values.time, m_model->displayZone());
    const bool moved = start != QDateTime(before.date, before.time, m_model->displayZone());
    const bool detailsChanged = values.kind != before.kind || values.title != before.title ||
                                values.notes != before.notes || values.durationMinutes != before.durationMinutes;
    const bool statusChanged = values.status != before.status;
    if (!moved && !detailsChanged && !statusChanged)
        return true;
    CalendarEditor calendar(*m_editor);
    QUndoStack* undo = m_editor->undoStack();
    // One undo step for the dialog. A done touchpoint keeps its time, so it goes back to planned
    // before it moves, and one marked done moves first.
    undo->beginMacro(tr("Edit touchpoint"));
    bool done = true;
    if (detailsChanged) {
        TouchpointDraft draft;
        draft.kind = values.kind;
        draft.title = values.title;
        draft.notes = values.notes;
        draft.durationMinutes = values.durationMinutes;
        done = report(calendar.editTouchpoint(id, draft), calendar);
    }
    const bool statusFirst = before.status == QLatin1String("done");
    if (done && statusChanged && statusFirst)
        done = applyStatus(id, values.status);
    if (done && moved)
        done = report(calendar.reschedule(id, start.toUTC()), calendar);
    if (done && statusChanged && !statusFirst)
        done = applyStatus(id, values.status);
    undo->endMacro();
    discardIfEmpty(undo);
    if (done)
        m_selectedIdDay = values.date;
    return done;
}

void CalendarWorkspace::editTouchpoint(qint64 id)
{
    TouchpointEditValues values;
    if (!editValues(id, &values))
        return;
    TouchpointEditDialog dialog(values, this);
    if (dialog.exec() == QDialog::Accepted)
        applyEdit(id, dialog.values());
}

QString CalendarWorkspace::periodText() const
{
    return m_rangeLabel->text();
}

QString CalendarWorkspace::filterText() const
{
    return m_filterBar->description();
}

QString CalendarWorkspace::countText() const
{
    const int count = m_model->rowCount();
    return tr("%n touchpoint(s)", nullptr, count);
}

} // namespace mentordesk
