// SPDX-License-Identifier: GPL-3.0-or-later
#include "SkillsDialog.h"

#include "matching/MatchFactor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mentordesk {

SkillsDialog::SkillsDialog(const QString& mentor, const SkillLevels& skills, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Edit Skills"));
    auto* intro = new QLabel(tr("How well does %1 know each area? 0 means not at all, 5 expert.").arg(mentor), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    for (std::size_t index = 0; index < matching::kSkillCount; ++index) {
        const auto skill = static_cast<matching::Skill>(index);
        const QString code = matching::skillCode(skill);
        auto* level = new QSpinBox(this);
        level->setRange(0, 5);
        level->setSpecialValueText(tr("None"));
        level->setValue(skills.value(code, 0));
        level->setAccessibleName(tr("Level in %1").arg(matching::skillLabel(skill)));
        form->addRow(tr("%1:").arg(matching::skillLabel(skill)), level);
        m_levels << level;
        m_codes << code;
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SkillLevels SkillsDialog::skills() const
{
    SkillLevels result;
    for (int i = 0; i < m_levels.size(); ++i) {
        if (m_levels.at(i)->value() > 0)
            result.insert(m_codes.at(i), m_levels.at(i)->value());
    }
    return result;
}

QSpinBox* SkillsDialog::levelBox(const QString& skillCode) const
{
    const int index = m_codes.indexOf(skillCode);
    return index >= 0 ? m_levels.at(index) : nullptr;
}

} // namespace mentordesk
