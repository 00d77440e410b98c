#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace reins::gui {

// The integrity check that an open left for later (a large database takes seconds to
// check): runs it on a connection and a thread of its own, and reports on the GUI thread.
// Destroying it stops a check still running and waits for its thread.
class BackgroundIntegrityCheck final : public QObject {
    Q_OBJECT

public:
    explicit BackgroundIntegrityCheck(QString databasePath, QObject *parent = nullptr);
    ~BackgroundIntegrityCheck() override;

    void start();

signals:
    void passed();
    // The first problem the check reported.
    void damaged(const QString &problem);
    // The check could not run to its end (the file could not be read, say): no verdict.
    void couldNotCheck(const QString &why);

private:
    struct Worker;
    QString m_databasePath;
    std::unique_ptr<Worker> m_worker;
};

} // namespace reins::gui
