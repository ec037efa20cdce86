#pragma once

#include "examplanner.h"
#include "fact.h"
#include "studysettings.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class ChartPanel;
class Clock;
class DeckStore;
class MasteryMap;
class PlanJob;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

/**
 * The Progress page: today's figures and what to do next, the mastery map, and charts of
 * activity, the forecast, retention (measured against the scheduler's prediction), stability,
 * difficulty and exam scores. Everything is computed from the deck when the page is shown.
 */
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    /** How far back activity and retention look. */
    enum class Period { Month, Quarter, Year };
    Q_ENUM(Period)

    ProgressPage(DeckStore *store, const Clock *clock, const QString &language,
                 QWidget *parent = nullptr);
    ~ProgressPage() override;

    /** The facts the mastery map shows; read from the deck on first use when not given. */
    void setFacts(const QList<Fact> &facts);
    /** Recomputes every figure and chart. */
    void refresh();
    /**
     * The collection changed: refreshes now if shown, else when next shown. Figures that drift
     * with time alone (recall now, what is due) are also refreshed on a show five minutes on.
     */
    void collectionChanged();
    /** How often the figures were computed, for tests that check a show re-reads nothing. */
    int refreshCount() const { return m_refreshes; }
    /** False between a first showing's figures and its charts, which come just after its first frame. */
    bool areChartsDrawn() const { return !m_pendingCharts; }
    void setPeriod(Period period);
    Period period() const { return m_period; }
    /** The cards "Study My Weakest" would start with. */
    QList<qint64> weakestCards() const;

    MasteryMap *masteryMap() const { return m_map; }
    /** The exam plan's panel: shown while an exam date is set. */
    QWidget *examPanel() const { return m_examPanel; }
    QLabel *examSummary() const { return m_examSummary; }
    /** What does not fit in the plan, in plain words; hidden when everything fits. */
    QLabel *examWarning() const { return m_examWarning; }
    QPushButton *examRaiseButton() const { return m_examRaise; }
    QPushButton *examChangeButton() const { return m_examChange; }
    QPushButton *examClearButton() const { return m_examClear; }
    /** "In a week" or "On exam day": when the mastery map judges recall. */
    QComboBox *mapHorizonCombo() const { return m_mapHorizon; }
    /** The exam plan of the last refresh, once worked out. */
    const std::optional<ExamForecast> &examForecast() const { return m_forecast; }
    QLabel *masterySummary() const { return m_mapSummary; }
    QLabel *adviceLabel() const { return m_advice; }
    QPushButton *studyDueButton() const { return m_studyDue; }
    QPushButton *weakestButton() const { return m_weakest; }
    QComboBox *periodCombo() const { return m_periodCombo; }
    /** "studied", "time", "correct", "streak" or "due": the big figure of that tile. */
    QLabel *todayFigure(const QString &id) const;
    /** "activity", "forecast", "retention", "stability", "difficulty" or "exams". */
    ChartPanel *panel(const QString &id) const;
    QStringList panelIds() const;
    /** The charts side by side: 2 on a wide page, 1 on a narrow one. */
    int chartColumns() const;
    /** Today's tiles in one row: 5 on a wide page, fewer (wrapped) on a narrow one. */
    int tileColumns() const;

    /** Cards "Study My Weakest" takes at most. */
    static constexpr int kWeakestCount = 20;

signals:
    void studyRequested();
    void studyWeakestRequested(const QList<qint64> &cardIds);
    void factPageRequested(const QString &factKey);
    /** The learner wants to change the exam date: the study options, at their Exam tab. */
    void examOptionsRequested();
    /** The learner chose new study settings here (raised limits, a cleared exam date). */
    void studySettingsRequested(const StudySettings &settings);
    /** The exam plan is shown (or could not be worked out). */
    void examPlanShown();

protected:
    bool event(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeTile(const QString &id, const QString &caption);
    void setTile(const QString &id, const QString &figure, const QString &detail);
    void loadFacts();
    void drawActivity(const class ProgressStats &stats, qint64 now);
    /** The schedule of the next 30 days; @p studyDueToday is what the Study page takes today. */
    void drawForecast(const class ProgressStats &stats, qint64 now, int studyDueToday);
    void drawRetention(const class ProgressStats &stats, qint64 now, double desired);
    void drawHistograms(const struct MemoryFigures &memory);
    void drawExams();
    void applyStyle();
    /** Works out the exam plan off the window for @p settings, or hides it without a date. */
    void planExam(const StudySettings &settings, qint64 now);
    void showExamPlan();
    /** The mastery map at the chosen horizon. */
    void showMap();
    /** Lays the tiles and charts out for a visible page @p width pixels wide. */
    void reflow(int width);

    DeckStore *m_store;
    const Clock *m_clock;
    bool m_outdated = true;   ///< nothing shown yet, or a change arrived while hidden
    qint64 m_refreshedMs = 0; ///< when the figures were computed, by m_clock
    int m_refreshes = 0;
    bool m_painted = false;              ///< the page has drawn a frame
    std::function<void()> m_pendingCharts; ///< the charts of a refresh made before the first frame
    QString m_language;
    Period m_period = Period::Month;
    QList<Fact> m_facts;
    bool m_factsLoaded = false;

    QScrollArea *m_scroll = nullptr;
    QGridLayout *m_tileGrid = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    int m_tileColumns = 0;
    int m_chartColumns = 0;
    QComboBox *m_periodCombo = nullptr;
    QHash<QString, QLabel *> m_figures;
    QHash<QString, QLabel *> m_details;
    QList<QWidget *> m_tiles;
    QList<QLabel *> m_captions;
    QLabel *m_advice = nullptr;
    QPushButton *m_studyDue = nullptr;
    QPushButton *m_weakest = nullptr;
    QWidget *m_mapPanel = nullptr;
    QLabel *m_mapSummary = nullptr;
    MasteryMap *m_map = nullptr;
    QComboBox *m_mapHorizon = nullptr;
    QHash<qint64, FactRecall> m_weekRecall; ///< the map's data in a week, from the last refresh
    QWidget *m_examPanel = nullptr;
    QLabel *m_examTitle = nullptr;
    QLabel *m_examSummary = nullptr;
    QLabel *m_examWarning = nullptr;
    QPushButton *m_examRaise = nullptr;
    QPushButton *m_examChange = nullptr;
    QPushButton *m_examClear = nullptr;
    StudySettings m_settings; ///< the learner's settings at the last refresh
    std::unique_ptr<PlanJob> m_planJob;
    std::optional<ExamForecast> m_forecast;
    int m_planGeneration = 0; ///< the plan asked for last; an older job's result is dropped
    QHash<QString, ChartPanel *> m_panels;
    QStringList m_panelIds;
};
