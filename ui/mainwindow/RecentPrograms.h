// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace mentordesk {

/// The File ▸ Open Recent list, kept in QSettings; files that have gone are dropped.
class RecentPrograms : public QObject {
    Q_OBJECT
public:
    explicit RecentPrograms(QMenu* menu, QObject* parent = nullptr);

    void add(const QString& filePath);
    QStringList files() const;

Q_SIGNALS:
    void openRequested(const QString& filePath);

private:
    void rebuild();

    QMenu* m_menu;
};

} // namespace mentordesk
