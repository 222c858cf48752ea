// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentPrograms.h"

#include "settings/SettingsKeys.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace mentordesk {

namespace {

constexpr int kMaximumRecent = 8;

} // namespace

RecentPrograms::RecentPrograms(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuild();
}

QStringList RecentPrograms::files() const
{
    QStringList existing;
    const QStringList stored = QSettings().value(SettingsKeys::recentPrograms).toStringList();
    for (const QString& file : stored) {
        if (QFileInfo::exists(file))
            existing << file;
    }
    return existing;
}

void RecentPrograms::add(const QString& filePath)
{
    QStringList list = files();
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaximumRecent)
        list.removeLast();
    QSettings().setValue(SettingsKeys::recentPrograms, list);
    rebuild();
}

void RecentPrograms::rebuild()
{
    m_menu->clear();
    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString& file = list.at(i);
        // A '&' in a file name would otherwise become a keyboard mnemonic.
        QString name = QFileInfo(file).completeBaseName();
        name.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction* action = m_menu->addAction(tr("&%1 %2").arg(QString::number(i + 1), name));
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT openRequested(file); });
    }
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace mentordesk
