// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/CalendarPeopleSearch.h"

#include <QLineEdit>

class QAction;
class QCompleter;

namespace mentordesk {

/// One search field of the calendar's filter bar: the coordinator types part of a mentor's,
/// mentee's or cohort's name or ID, picks a suggestion (CalendarPeopleSearch, a bounded query
/// per keystroke, so no list of a million sellers is ever loaded), and the calendar shows only
/// theirs. The chosen one stays in the field in bold, like a chip; the clear button or Esc
/// removes it, Down opens the suggestions. A leading button offers the selected touchpoint's
/// person ("only this touchpoint's mentor"), as the side panel's selection suggests it.
class CalendarFilterBarField : public QLineEdit {
    Q_OBJECT
public:
    CalendarFilterBarField(CalendarPersonKind kind, const QString& placeholder, const QString& accessibleName,
                           QWidget* parent = nullptr);

    void setDatabase(QSqlDatabase db);
    /// The chosen one's id, 0 when the field filters nothing.
    qint64 chosenId() const { return m_chosen.id; }
    QString chosenLabel() const { return m_chosen.label(); }
    /// Filters by `person` (id 0: by nobody); emits chosenChanged when that changes.
    void choose(const CalendarPerson& person);
    /// Chooses the stored id again if it still exists (a program reopened); false otherwise.
    bool restore(qint64 id);
    /// Offers `person` (the selected touchpoint's) through the leading button; id 0 hides it.
    void offer(const CalendarPerson& person);
    CalendarPeopleSearch* suggestions() const { return m_search; }
    QCompleter* suggestionCompleter() const { return m_completer; }

Q_SIGNALS:
    void chosenChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void suggest(const QString& text, bool evenWhenEmpty);
    void showChosen();

    CalendarPeopleSearch* m_search;
    QCompleter* m_completer;
    QAction* m_offerAction;
    CalendarPerson m_chosen;
    CalendarPerson m_offered;
    QString m_chipToolTip;
};

} // namespace mentordesk
