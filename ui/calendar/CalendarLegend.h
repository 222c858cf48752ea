// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace mentordesk {

/// Explains the chips' colours: one swatch per kind and one per status, painted by the same
/// CalendarStyle the views use.
class CalendarLegend : public QWidget {
    Q_OBJECT
public:
    explicit CalendarLegend(QWidget* parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace mentordesk
