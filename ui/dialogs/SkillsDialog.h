// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ListFieldRepository.h"

#include <QDialog>
#include <QVector>

class QSpinBox;

namespace mentordesk {

/// Asks for a mentor's level in each of the seven skills: a spin box per skill, 0 for a skill
/// the mentor lacks, else 1 (some) to 5 (expert).
class SkillsDialog : public QDialog {
    Q_OBJECT
public:
    SkillsDialog(const QString& mentor, const SkillLevels& skills, QWidget* parent = nullptr);

    /// The levels chosen; skills at 0 are left out.
    SkillLevels skills() const;
    /// The spin box of a skill by its code (for tests), or nullptr.
    QSpinBox* levelBox(const QString& skillCode) const;

private:
    QVector<QSpinBox*> m_levels;
    QStringList m_codes;
};

} // namespace mentordesk
