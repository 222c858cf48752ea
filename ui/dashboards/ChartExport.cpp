// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExport.h"

#include <QChartView>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QSvgGenerator>

namespace mentordesk {

namespace {

/// The view's scene, without its scroll bars or frame, into the whole of the painter's device.
void paintChart(QChartView* view, QPainter* painter, const QRectF& target)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    view->render(painter, target, view->viewport()->rect());
}

bool writePng(QChartView* view, QSaveFile* file)
{
    QPixmap pixmap(view->viewport()->size() * ChartExport::kPngPixelRatio);
    pixmap.setDevicePixelRatio(ChartExport::kPngPixelRatio);
    pixmap.fill(view->palette().color(QPalette::Base));
    {
        QPainter painter(&pixmap);
        paintChart(view, &painter, QRectF(QPointF(0, 0), QSizeF(view->viewport()->size())));
    }
    return pixmap.save(file, "PNG");
}

void writeSvg(QChartView* view, QSaveFile* file, const QString& title)
{
    const QSize size = view->viewport()->size();
    QSvgGenerator generator;
    generator.setOutputDevice(file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96); // the SVG's width and height in millimetres are the size on screen
    generator.setTitle(title);
    generator.setDescription(ChartExport::tr("A chart of MentorDesk's dashboards"));
    QPainter painter(&generator);
    paintChart(view, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
}

void writePdf(QChartView* view, QSaveFile* file, const QString& title)
{
    // One page the chart's size (96 px to the inch), no margins: the chart placed on a report's
    // page keeps the proportions it had on screen.
    const QSize size = view->viewport()->size();
    QPdfWriter writer(file);
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("MentorDesk"));
    QPainter painter(&writer);
    paintChart(view, &painter, QRectF(0, 0, writer.width(), writer.height()));
}

} // namespace

bool ChartExport::save(QChartView* view, Format format, const QString& path, const QString& title, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    bool written = true;
    switch (format) {
    case Format::Png:
        written = writePng(view, &file);
        break;
    case Format::Svg:
        writeSvg(view, &file, title);
        break;
    case Format::Pdf:
        writePdf(view, &file, title);
        break;
    }
    if (!written || !file.commit()) {
        *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString ChartExport::fileFilter(Format format)
{
    switch (format) {
    case Format::Png:
        return tr("PNG image (*.png)");
    case Format::Svg:
        return tr("SVG drawing (*.svg)");
    case Format::Pdf:
        return tr("PDF document (*.pdf)");
    }
    return {};
}

QString ChartExport::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

} // namespace mentordesk
