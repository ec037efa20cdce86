#pragma once

#include "fact.h"

#include <QList>

#include <functional>

/**
 * Where a page takes every entry from. The window lends the list it already holds (read once,
 * and once after each change to entries), so opening a page does not read the entries again; a
 * page given none reads them from the collection itself.
 */
using FactsSource = std::function<QList<Fact>()>;
