// SPDX-License-Identifier: GPL-3.0-or-later
#include "TouchpointFields.h"

#include "CalendarStyle.h"

#include <QComboBox>
#include <QSpinBox>

#include <algorithm>

namespace mentordesk {

namespace {

constexpr int kMaximumMinutes = 24 * 60;

} // namespace

QSpinBox* TouchpointFields::durationEdit(QWidget* parent, int minutes)
{
    auto* edit = new QSpinBox(parent);
    edit->setObjectName(QStringLiteral("durationEdit"));
    edit->setRange(-1, kMaximumMinutes);
    edit->setSpecialValueText(tr("Not given"));
    edit->setSuffix(tr(" min"));
    edit->setSingleStep(15);
    edit->setValue(minutes);
    return edit;
}

void TouchpointFields::fillKinds(QComboBox* combo, bool roundtable, const QString& current)
{
    combo->clear();
    for (const QString& code : CalendarStyle::kindCodes()) {
        if ((code == QLatin1String("roundtable")) == roundtable)
            combo->addItem(CalendarStyle::kindLabel(code), code);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    combo->setEnabled(combo->count() > 1);
}

} // namespace mentordesk
