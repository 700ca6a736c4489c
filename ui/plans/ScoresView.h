#pragma once
// The ranking indexes as a meeting reads them, read-only with their sources: the PAR Index
// criteria (achieved, max, share, points lost, most lost first), PAPI year over year, and SIPAS
// against the province and the country.

#include "shell/AppView.h"
#include "domain/Records.h"

#include <QVariant>
#include <QWidget>

class QLabel;
class QTableView;
class QUndoStack;

namespace pardesk {

class Store;
class ScoreTableModel;

class ScoresView : public AppView {
    Q_OBJECT
public:
    ScoresView(Store &db, QUndoStack *undo, QWidget *parent = nullptr);

    QString viewKey() const override { return QStringLiteral("scores"); }
    QString title() const override { return descriptor().title(); }
    // Listed before it is built; built when first shown.
    static AppViewDescriptor descriptor();
    void retranslate() override;
    QVariant selection() const override; // nothing to select: the tables are read-only
    void restoreSelection(const QVariant &selection) override;

    QTableView *parView() const { return m_parView; }
    QTableView *papiView() const { return m_papiView; }
    QTableView *sipasView() const { return m_sipasView; }

    // Column of points lost in the PAR table.
    static constexpr int kParLostColumn = 5;

    void reload();

private:
    void showPar(const QList<Score> &scores);
    void showPapi(const QList<Score> &scores);
    void showSipas(const QList<Score> &scores);
    QString sourcesOf(const QStringList &sources) const;

    Store &m_db;
    QList<Document> m_documents;
    QLabel *m_parTitle;
    QTableView *m_parView;
    ScoreTableModel *m_par;
    QLabel *m_parSource;
    QLabel *m_papiTitle;
    QTableView *m_papiView;
    ScoreTableModel *m_papi;
    QLabel *m_papiSource;
    QLabel *m_sipasTitle;
    QTableView *m_sipasView;
    ScoreTableModel *m_sipas;
    QLabel *m_sipasSource;
    QLabel *m_message;
};

} // namespace pardesk
