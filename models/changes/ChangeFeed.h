// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"

#include <QObject>

namespace mentordesk {

/// The one stream of a program's changes (after Tiled's Document::changed): every writer
/// publishes what it changed once it is committed, and every view listens here instead of to
/// the writers. Team mode will publish what other desks changed (PostgreSQL notifications) too.
///
/// Publish on the feed's thread: a writer on a worker thread (the import) reports back to the
/// GUI thread, which publishes once the write has committed.
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    explicit ChangeFeed(QObject* parent = nullptr);

    void publish(const ChangeEvent& event);

Q_SIGNALS:
    void changed(const mentordesk::ChangeEvent& event);
};

} // namespace mentordesk
