// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace mentordesk {

class AttentionWorkspace;

/// The status bar's count of what needs attention ("3 need attention"), hidden when nothing
/// does; clicking it asks for the "Needs attention" workspace.
class AttentionBadge : public QToolButton {
    Q_OBJECT
public:
    explicit AttentionBadge(AttentionWorkspace* workspace, QWidget* parent = nullptr);

private:
    void showCount();

    AttentionWorkspace* m_workspace;
};

} // namespace mentordesk
