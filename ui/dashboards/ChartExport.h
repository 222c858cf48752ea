// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace mentordesk {

/// Saves a dashboard chart as a file for a report: PNG at twice the screen's pixel density (sharp
/// on a slide or a high-DPI screen), SVG and PDF as vectors (the chart's scene is painted into the
/// SVG or PDF painter, so lines and text stay lines and text, and the PDF's text can be searched).
/// Every file is written through QSaveFile: a failed save leaves an existing file as it was.
class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    enum class Format { Png, Svg, Pdf };

    /// Writes `view`'s chart to `path`; `title` names the document (SVG and PDF metadata). False
    /// with `*error` set (a sentence) when the file cannot be written.
    static bool save(QChartView* view, Format format, const QString& path, const QString& title, QString* error);
    /// The file dialog's filter of a format ("PNG image (*.png)").
    static QString fileFilter(Format format);
    /// The format's file suffix, without the dot.
    static QString suffix(Format format);
    /// The pixel ratio of PNG files.
    static constexpr qreal kPngPixelRatio = 2.0;
};

} // namespace mentordesk
