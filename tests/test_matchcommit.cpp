#include <QTest>
class TestMatchCommit : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestMatchCommit)
#include "test_matchcommit.moc"
