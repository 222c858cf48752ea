// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a dashboard chart: a PNG at twice the chart's size in pixels, an SVG that Qt Svg reads
// back with the chart's size as its view box, a PDF whose text (pdftotext) has the chart's title and axis titles —
// vector, not a picture of them — and a refused path that leaves the existing file alone.
#include "AnalyticsTestSupport.h"
#include "dashboards/ChartExport.h"
#include "dashboards/RampTimeChart.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace mentordesk;
using namespace mentordesk::testsupport;

class TestChartExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_chart = std::make_unique<RampTimeChart>();
        m_chart->resize(640, 440);
        m_chart->setFigures(sampleFigures(), true);
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    }

    void cleanup() { m_chart.reset(); }

    void pngIsTwiceTheChartsSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("ramp.png"));
        QString error;
        QVERIFY2(m_chart->saveAs(int(ChartExport::Format::Png), path, &error), qPrintable(error));
        const QImage image(path);
        QVERIFY(!image.isNull());
        const QSize expected = m_chart->chartView()->viewport()->size() * ChartExport::kPngPixelRatio;
        QCOMPARE(image.size(), expected);
        // Not blank: the curves are drawn in the groups' colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 10);
    }

    void svgParsesAtTheChartsSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("ramp.svg"));
        QString error;
        QVERIFY2(m_chart->saveAs(int(ChartExport::Format::Svg), path, &error), qPrintable(error));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(QPoint(0, 0), m_chart->chartView()->viewport()->size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("<path")); // lines, not an embedded picture
        QVERIFY(!svg.contains("<image"));
    }

    void pdfHasTheAxisTitlesAsText()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QFAIL("pdftotext (poppler-utils, in the Makefile's DEBIAN_PACKAGES) is needed to read the PDF");
        const QString path = m_dir.filePath(QStringLiteral("ramp.pdf"));
        QString error;
        QVERIFY2(m_chart->saveAs(int(ChartExport::Format::Pdf), path, &error), qPrintable(error));
        QProcess process;
        process.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        // Compatibility normalisation: the PDF's fonts set "fi" as a ligature.
        const QString text =
            QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
        for (QAbstractAxis* axis : m_chart->chart()->axes()) {
            QVERIFY(!axis->titleText().isEmpty());
            QVERIFY2(text.contains(axis->titleText().simplified()), qPrintable(text));
        }
    }

    void anUnwritablePathSaysWhy()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/ramp.png"));
        QString error;
        QVERIFY(!m_chart->saveAs(int(ChartExport::Format::Png), path, &error));
        QVERIFY(error.contains(QStringLiteral("ramp.png")));
        QVERIFY(!QFile::exists(path));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RampTimeChart> m_chart;
};

QTEST_MAIN(TestChartExport)
#include "test_chartexport.moc"
