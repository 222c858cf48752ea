// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QComboBox;
class QSpinBox;
class QWidget;

namespace mentordesk {

/// The fields the touchpoint dialogs share (edit, new): the same ranges, steps and choices.
class TouchpointFields {
    Q_DECLARE_TR_FUNCTIONS(TouchpointFields)
public:
    /// Minutes in 15-minute steps up to a day; -1 stands for "not given" (the schema's NULL),
    /// shown as words rather than a number.
    static QSpinBox* durationEdit(QWidget* parent, int minutes);
    /// The kinds a touchpoint can have: only the roundtable for a cohort's, every other kind for
    /// a pair's; `current` selected where it is one of them. Disabled when there is no choice.
    static void fillKinds(QComboBox* combo, bool roundtable, const QString& current);
};

} // namespace mentordesk
