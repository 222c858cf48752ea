// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EntityKind.h"
#include "storage/ListFieldRepository.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace mentordesk {

class ProgramEditor;
struct ChangeEvent;

/// The detail panel's Matching tab: what matching reads of a mentor (skills with levels,
/// categories, channels, languages, conflict-of-interest disclosures) or of a seller (languages,
/// brands), each list with an Edit… button opening a small dialog; every edit is an undoable step.
class MatchingTab : public QWidget {
    Q_OBJECT
public:
    MatchingTab(EntityKind owner, QWidget* parent = nullptr);

    /// Where edits are written and whose changes are followed (none: read-only, empty).
    void setEditor(ProgramEditor* editor);
    /// Shows the record `id` (0: none) named `name` (for the dialogs' sentences).
    void showRecord(qint64 id, const QString& name);

    QPushButton* editButton(const QString& key) const;
    QTableWidget* disclosureTable() const { return m_disclosures; }
    QPushButton* addDisclosureButton() const { return m_addDisclosure; }
    QPushButton* removeDisclosureButton() const { return m_removeDisclosure; }
    /// The shown text of a list or the skills ("skills", "categories", …).
    QString shownText(const QString& key) const;

public Q_SLOTS:
    void editSkills();
    void addDisclosure();
    void removeSelectedDisclosure();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    struct Row {
        QString key;
        QLabel* value = nullptr;
        QPushButton* edit = nullptr;
    };
    void addRow(const QString& key, const QString& label, const QString& accessibleName);
    QWidget* makeDisclosures();
    void editList(ListField field);
    void reload();
    void follow(const ChangeEvent& event);
    void report(bool written, const QString& done);

    EntityKind m_owner;
    QPointer<ProgramEditor> m_editor; ///< the program may close before the panel is told
    qint64 m_id = 0;
    QString m_name;
    QFormLayout* m_form;
    QVector<Row> m_rows;
    QTableWidget* m_disclosures = nullptr;
    QPushButton* m_addDisclosure = nullptr;
    QPushButton* m_removeDisclosure = nullptr;
    QVector<qint64> m_disclosureIds;
};

} // namespace mentordesk
