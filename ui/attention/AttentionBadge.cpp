// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttentionBadge.h"

#include "AttentionWorkspace.h"

namespace mentordesk {

AttentionBadge::AttentionBadge(AttentionWorkspace* workspace, QWidget* parent)
    : QToolButton(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("attentionBadge"));
    setAutoRaise(true);
    setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(workspace, &AttentionWorkspace::countsChanged, this, &AttentionBadge::showCount);
    showCount();
}

void AttentionBadge::showCount()
{
    const QString text = m_workspace->badgeText();
    setText(text);
    setToolTip(m_workspace->countsText());
    setVisible(!text.isEmpty());
}

} // namespace mentordesk
