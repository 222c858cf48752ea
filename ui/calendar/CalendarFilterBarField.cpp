// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarFilterBarField.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QKeyEvent>

namespace mentordesk {

namespace {

QString offerText(CalendarPersonKind kind, const QString& label)
{
    switch (kind) {
    case CalendarPersonKind::Mentor:
        return CalendarFilterBarField::tr("Only this touchpoint's mentor: %1").arg(label);
    case CalendarPersonKind::Mentee:
        return CalendarFilterBarField::tr("Only this touchpoint's mentee: %1").arg(label);
    case CalendarPersonKind::Cohort:
        break;
    }
    return CalendarFilterBarField::tr("Only this touchpoint's cohort: %1").arg(label);
}

} // namespace

CalendarFilterBarField::CalendarFilterBarField(CalendarPersonKind kind, const QString& placeholder,
                                               const QString& accessibleName, QWidget* parent)
    : QLineEdit(parent)
    , m_search(new CalendarPeopleSearch(kind, this))
    , m_completer(new QCompleter(m_search, this))
    , m_offerAction(new QAction(QIcon::fromTheme(QStringLiteral("go-jump")), QString(), this))
{
    setPlaceholderText(placeholder);
    setAccessibleName(accessibleName);
    setClearButtonEnabled(true);
    // The model is already the search's answer: the completer shows it as it is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(CalendarPeopleSearch::kDefaultLimit);
    m_completer->popup()->setAccessibleName(tr("Suggestions for %1").arg(accessibleName));
    setCompleter(m_completer);
    m_offerAction->setVisible(false);
    addAction(m_offerAction, QLineEdit::LeadingPosition);
    connect(m_offerAction, &QAction::triggered, this, [this] { choose(m_offered); });
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) { suggest(text, false); });
    // The clear button empties the text without textEdited; an empty field filters nothing.
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && m_chosen.id != 0)
            choose(CalendarPerson());
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        choose({index.data(CalendarPeopleSearch::IdRole).toLongLong(),
                index.data(CalendarPeopleSearch::NameRole).toString(),
                index.data(CalendarPeopleSearch::ExternalIdRole).toString()});
    });
}

void CalendarFilterBarField::setDatabase(QSqlDatabase db)
{
    m_search->setDatabase(std::move(db));
    m_chosen = CalendarPerson();
    offer(CalendarPerson());
    showChosen();
}

void CalendarFilterBarField::choose(const CalendarPerson& person)
{
    const bool changed = person.id != m_chosen.id;
    m_chosen = person;
    showChosen();
    offer(m_offered);
    if (changed)
        Q_EMIT chosenChanged();
}

bool CalendarFilterBarField::restore(qint64 id)
{
    const std::optional<CalendarPerson> found = id != 0 ? m_search->find(id) : std::nullopt;
    choose(found.value_or(CalendarPerson()));
    return found.has_value();
}

void CalendarFilterBarField::offer(const CalendarPerson& person)
{
    m_offered = person;
    m_offerAction->setVisible(person.id != 0 && person.id != m_chosen.id);
    m_offerAction->setText(offerText(m_search->kind(), person.label()));
    m_offerAction->setToolTip(m_offerAction->text());
}

void CalendarFilterBarField::showChosen()
{
    const QSignalBlocker blocker(this);
    setText(m_chosen.label());
    QFont chip = font();
    chip.setBold(m_chosen.id != 0);
    setFont(chip);
    setToolTip(m_chosen.id != 0
                   ? tr("Showing only the touchpoints of %1 (Esc removes this filter)").arg(m_chosen.label())
                   : placeholderText());
}

void CalendarFilterBarField::suggest(const QString& text, bool evenWhenEmpty)
{
    m_search->search(text);
    // Emptied (the clear button, or every letter deleted): no list pops up; Down asks for one.
    if (m_search->rowCount() > 0 && (!text.isEmpty() || evenWhenEmpty))
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void CalendarFilterBarField::keyPressEvent(QKeyEvent* event)
{
    // The popup takes the keys while it is shown, so these come only when it is closed.
    if (event->key() == Qt::Key_Escape && (m_chosen.id != 0 || !text().isEmpty())) {
        choose(CalendarPerson());
        showChosen(); // typed text without a choice goes too
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Down && event->modifiers() == Qt::NoModifier) {
        suggest(m_chosen.id != 0 && text() == m_chosen.label() ? QString() : text(), true);
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void CalendarFilterBarField::focusOutEvent(QFocusEvent* event)
{
    // Text typed and not picked filters nothing: the field shows again what it filters by.
    if (!m_completer->popup()->isVisible())
        showChosen();
    QLineEdit::focusOutEvent(event);
}

} // namespace mentordesk
