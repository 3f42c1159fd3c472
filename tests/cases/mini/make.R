# Makes export.csv (seeded) and expected.csv for the golden case `mini`, with base R 4.2.2 only:
# t.test for means, ambitiekloof and Welch differences; prop.test(correct = FALSE) for Wilson
# intervals; p.adjust(method = "BH") over each region's comparisons. Run: Rscript make.R
set.seed(20261123)
n <- 80
d <- data.frame(
  id = sprintf("m%03d", 1:n),
  submitdate = ifelse(runif(n) < 0.05, "", "2026-11-01 10:00:00"),
  rol = sample(c("inwoner", "professional"), n, replace = TRUE, prob = c(0.6, 0.4)),
  gemeente = sample(c("Leiden", "Katwijk", "Delft"), n, replace = TRUE, prob = c(0.4, 0.3, 0.3)),
  stringsAsFactors = FALSE)
pro <- d$rol == "professional"
likert <- function(shift) { x <- pmin(5, pmax(1, round(rnorm(n, 3 + shift + 0.6 * pro, 1)))); x[runif(n) < 0.08] <- 9; x }
d$C1 <- pmin(6, pmax(0, round(rnorm(n, 2, 1.2)))); d$C1[runif(n) < 0.1] <- 9
d$C2 <- pmin(6, pmax(0, d$C1 + round(rnorm(n, 1.5, 1)))); d$C2[runif(n) < 0.1] <- 9; d$C2[d$C1 == 9 & runif(n) < 0.5] <- 9
d$D1 <- likert(0); d$D2 <- likert(-0.4); d$D3 <- likert(0.3)
d$D2[5] <- NA; d$D3[6:7] <- NA
write.csv(d, "export.csv", row.names = FALSE, na = "", quote = FALSE)

k <- d[d$submitdate != "", ]
regions <- list(Noord = c("Leiden", "Katwijk"), Zuid = c("Delft"))
valid <- function(x, codes) ifelse(x %in% codes, x, NA)
for (v in c("D1", "D2", "D3")) k[[v]] <- valid(k[[v]], 1:5)
for (v in c("C1", "C2")) k[[v]] <- valid(k[[v]], 0:6)
k$rv <- apply(k[, c("D1", "D2", "D3")], 1, function(r) if (sum(!is.na(r)) >= 2) mean((r[!is.na(r)] - 1) / 4 * 100) else NA)
k$gap <- k$C2 - k$C1

rows <- list()
add <- function(region, group, indicator, item, x, est, lo, hi, p = NA, q = NA) {
  rows[[length(rows) + 1]] <<- data.frame(region, group, indicator, item, n = x, estimate = est, ci_low = lo, ci_high = hi, p_value = p, q_value = q)
}
mean_row <- function(region, group, indicator, item, x) {
  x <- x[!is.na(x)]; t <- t.test(x)
  add(region, group, indicator, item, length(x), unname(t$estimate), t$conf.int[1], t$conf.int[2])
}
agree_row <- function(region, item, x) {
  x <- x[!is.na(x)]; kk <- sum(x >= 4); ci <- prop.test(kk, length(x), correct = FALSE)$conf.int
  add(region, "all", "share_agree", item, length(x), kk / length(x), ci[1], ci[2])
}
# Disclosure control (statistics.md, Small cells; README, Privacy): a figure over fewer than 10
# answers is hidden, and so is a distribution in which everyone (under 20) gave the same answer.
# The national figure of a measure leaves out the regions that hide it, so that the national figure
# minus the other regions never gives a hidden one back; the perspective gap hides both sides when
# one is hidden, and nationally leaves those regions out of both sides. The rest of the country is
# the national figure of the measure minus the region.
hides_codes <- function(x) { x <- x[!is.na(x)]; length(x) < 10 || (length(x) < 20 && max(table(x)) == length(x)) }
hides_mean <- function(x) sum(!is.na(x)) < 10
hidden_in <- function(s, v) {
  if (v %in% c("D1", "D2", "D3")) return(hides_codes(s[[v]]))
  if (v == "rv") return(hides_mean(s$rv))
  if (v == "agenda") return(hides_codes(s$C1) || hides_codes(s$C2) || hides_mean(s$gap))
  stop(v)
}
perspective_hidden <- function(s, v) hides_mean(s[s$rol == "inwoner", v]) || hides_mean(s[s$rol == "professional", v])
in_regions <- function(names) k[k$gemeente %in% unlist(regions[names]), ]
national_for <- function(v) in_regions(Filter(function(r) !hidden_in(in_regions(r), v), names(regions)))
national_groups_for <- function(v) in_regions(Filter(function(r) !perspective_hidden(in_regions(r), v), names(regions)))
ladder_item <- function(v) if (v == "C1") "agenda" else v

for (name in c("all", names(regions))) {
  national <- name == "all"
  scope <- function(v) if (national) national_for(ladder_item(v)) else in_regions(name)
  for (v in c("D1", "D2", "D3")) { s <- scope(v); if (!hidden_in(s, v)) { mean_row(name, "all", "mean", v, s[[v]]); agree_row(name, v, s[[v]]) } }
  if (!hidden_in(scope("rv"), "rv")) mean_row(name, "all", "index_score", "rv", scope("rv")$rv)
  if (!hidden_in(scope("agenda"), "agenda")) mean_row(name, "all", "ambitiekloof", "agenda", scope("agenda")$gap)
  # Comparisons in report order: perspective (ladder now and desired, Likert items, index), then benchmark (Likert items, index).
  comps <- list()
  for (v in c("C1", "C2", "D1", "D2", "D3", "rv")) {
    s <- if (national) national_groups_for(v) else in_regions(name)
    comps[[length(comps) + 1]] <- list("diff_residents_professionals", v, s[s$rol == "inwoner", v], s[s$rol == "professional", v])
  }
  if (!national) {
    s <- in_regions(name)
    for (v in c("D1", "D2", "D3", "rv")) {
      nat <- national_for(v)
      rest <- nat[!(nat$gemeente %in% regions[[name]]), ]
      if (!hidden_in(s, v)) comps[[length(comps) + 1]] <- list("diff_vs_rest", v, s[[v]], rest[[v]])
    }
  }
  # A comparison is shown (and counts in BH) only when both sides have at least 10 answers (--min-cell).
  comps <- Filter(function(c) sum(!is.na(c[[3]])) >= 10 && sum(!is.na(c[[4]])) >= 10, comps)
  tests <- lapply(comps, function(c) t.test(c[[3]][!is.na(c[[3]])], c[[4]][!is.na(c[[4]])]))
  q <- p.adjust(sapply(tests, function(t) t$p.value), method = "BH")
  for (i in seq_along(comps)) {
    t <- tests[[i]]; c <- comps[[i]]
    add(name, "all", c[[1]], c[[2]], sum(!is.na(c[[3]])), unname(t$estimate[1] - t$estimate[2]), t$conf.int[1], t$conf.int[2], t$p.value, q[i])
  }
}
out <- do.call(rbind, rows)
write.csv(out, "expected.csv", row.names = FALSE, na = "")
