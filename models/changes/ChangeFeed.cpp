// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeFeed.h"

namespace mentordesk {

ChangeFeed::ChangeFeed(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ChangeEvent>();
}

void ChangeFeed::publish(const ChangeEvent& event)
{
    Q_EMIT changed(event);
}

} // namespace mentordesk
