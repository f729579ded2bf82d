// Draws the table tests/bench/run.sh writes (CSV: figure,unit,size,value,target,peer,status) as one small
// chart per figure, value against the size of the database on logarithmic axes, with the target dashed
// and the sqlite3 tool's figure dotted where it has one: a flat line is a figure that does not grow with
// the data, a line of slope one grows linearly, anything steeper is a problem.
//   build/tests/bench/bench_plot results.csv results.png
#include <QApplication>
#include <QChart>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMap>
#include <QPainter>
#include <QPen>
#include <cstdio>

namespace {

struct Figure
{
    QString unit;
    QMap<double, double> values; // accounts -> value
    QMap<double, double> targets;
    QMap<double, double> peers;
};

double accountsOf(const QString& size)
{
    return size == QLatin1String("10k") ? 1e4 : size == QLatin1String("100k") ? 1e5 : 1e6;
}

QLineSeries* series(
    const QString& name, const QMap<double, double>& points, Qt::PenStyle style, const QColor& color)
{
    auto* line = new QLineSeries;
    line->setName(name);
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        if (it.value() > 0) {
            line->append(it.key(), it.value());
        }
    }
    QPen pen(color);
    pen.setStyle(style);
    pen.setWidthF(style == Qt::SolidLine ? 2.5 : 1.5);
    line->setPen(pen);
    line->setColor(color);
    line->setPointsVisible(true);
    return line;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a chart to a file needs no screen
    }
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_plot RESULTS.csv CHART.png\n");
        return 1;
    }
    QFile csv(QString::fromLocal8Bit(argv[1]));
    if (!csv.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    QStringList order;
    QMap<QString, Figure> figures;
    csv.readLine(); // the header
    while (!csv.atEnd()) {
        const QStringList cells = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
        if (cells.size() < 7 || cells.at(3).isEmpty()) {
            continue;
        }
        const QString name = cells.at(0);
        if (!figures.contains(name)) {
            order << name;
        }
        Figure& figure = figures[name];
        figure.unit = cells.at(1);
        const double accounts = accountsOf(cells.at(2));
        figure.values.insert(accounts, cells.at(3).toDouble());
        if (!cells.at(4).isEmpty()) {
            figure.targets.insert(accounts, cells.at(4).toDouble());
        }
        if (!cells.at(5).isEmpty()) {
            figure.peers.insert(accounts, cells.at(5).toDouble());
        }
    }
    const int columns = 4;
    const QSize cell(420, 280);
    const int rows = int((order.size() + columns - 1) / columns);
    QImage image(cell.width() * columns, cell.height() * std::max(rows, 1), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < order.size(); ++i) {
        const Figure& figure = figures.value(order.at(i));
        QGraphicsScene scene;
        auto* chart = new QChart;
        chart->setTitle(QStringLiteral("%1 (%2)").arg(order.at(i), figure.unit));
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto* x = new QLogValueAxis;
        x->setBase(10);
        x->setLabelFormat(QStringLiteral("%.0g"));
        x->setRange(5e3, 2e6);
        x->setTitleText(QStringLiteral("accounts"));
        auto* y = new QLogValueAxis;
        y->setBase(10);
        y->setLabelFormat(QStringLiteral("%g"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        double low = 1e300;
        double high = 0;
        for (QLineSeries* line :
            { series(QStringLiteral("Tandem"), figure.values, Qt::SolidLine, QColor(0x1f, 0x6f, 0xb5)),
                series(QStringLiteral("target"), figure.targets, Qt::DashLine, QColor(0xc0, 0x39, 0x2b)),
                series(QStringLiteral("sqlite3"), figure.peers, Qt::DotLine, QColor(0x70, 0x70, 0x70)) }) {
            if (line->count() == 0) {
                delete line;
                continue;
            }
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            for (const QPointF& point : line->points()) {
                low = std::min(low, point.y());
                high = std::max(high, point.y());
            }
        }
        if (high > 0) {
            y->setRange(low / 2, high * 2);
        }
        scene.addItem(chart);
        chart->resize(cell);
        scene.setSceneRect(QRectF(QPointF(0, 0), cell));
        scene.render(&painter,
            QRectF(QPointF((i % columns) * cell.width(), (i / columns) * cell.height()), cell),
            scene.sceneRect());
    }
    painter.end();
    if (!image.save(QString::fromLocal8Bit(argv[2]))) {
        std::fprintf(stderr, "cannot write %s\n", argv[2]);
        return 1;
    }
    std::printf("%s\n", argv[2]);
    return 0;
}
