// reins-bare-window: the floor for Reins' startup figure. A QMainWindow with a menu bar and
// a table, shown; it prints "first paint" and quits once the window has been painted.

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaintReporter final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued, so the children are painted too, as in Reins itself.
            QTimer::singleShot(0, this, [] {
                std::printf("reins-bare-window: first paint\n");
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Quit"), &window, &QWidget::close);
    window.menuBar()->addMenu(QStringLiteral("&Help"));

    auto *table = new QTableWidget(20, 6, &window);
    table->setHorizontalHeaderLabels({QStringLiteral("Meeting"), QStringLiteral("Period"),
                                      QStringLiteral("Cadence"), QStringLiteral("Stage"),
                                      QStringLiteral("Headline result"),
                                      QStringLiteral("Open actions")});
    for (int row = 0; row < table->rowCount(); ++row)
        for (int column = 0; column < table->columnCount(); ++column)
            table->setItem(row, column,
                           new QTableWidgetItem(QStringLiteral("%1.%2").arg(row).arg(column)));
    table->horizontalHeader()->setStretchLastSection(true);
    window.setCentralWidget(table);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1100, 700);

    FirstPaintReporter firstPaint;
    window.installEventFilter(&firstPaint);
    window.show();
    return QApplication::exec();
}
