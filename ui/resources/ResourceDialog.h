// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resources/ResourceEditor.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mentordesk {

/// Asks for a resource's title, kind, category and tags, and for a new link its address. The
/// address is checked as the coordinator types (ResourceEditor::urlProblem), so OK is offered only
/// for one the editor will take.
class ResourceDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { NewLink, Edit };
    ResourceDialog(Mode mode, QWidget* parent = nullptr);

    void setDetails(const ResourceDetails& details);
    ResourceDetails details() const;
    QString url() const;

private:
    void updateAcceptable();

    Mode m_mode;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QLineEdit* m_category;
    QLineEdit* m_tags;
    QLineEdit* m_url = nullptr;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace mentordesk
