// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklists/ChecklistRecords.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QSpinBox;

namespace mentordesk {

/// Record Feedback… (or edit a recorded entry): who rated whom, a rating 1–5, a comment and the
/// day it was given (not after today). The caller writes what it returns through ChecklistEditor.
class FeedbackDialog : public QDialog {
    Q_OBJECT
public:
    /// `pairingName` says whose pairing it is ("Northwind Crafts with Ada Lovelace").
    FeedbackDialog(const QString& pairingName, const FeedbackEntry& entry, QWidget* parent = nullptr);

    /// What was entered, with the pairing and id of the entry it was opened with.
    FeedbackEntry entry() const;

    QComboBox* directionBox() const { return m_direction; }
    QSpinBox* ratingBox() const { return m_rating; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QDateEdit* dateEdit() const { return m_date; }

private:
    FeedbackEntry m_entry;
    QComboBox* m_direction;
    QSpinBox* m_rating;
    QPlainTextEdit* m_comment;
    QDateEdit* m_date;
};

} // namespace mentordesk
