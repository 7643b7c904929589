//! One sort for the whole program, and one fast path.
//!
//! The standard library's sorts are compiled anew for every element type and key
//! closure: each `sort_by_key` cost 2–5 KB of wasm, and the app had sixteen of them
//! (≈ 50 KB before compression). Everything sorts through [`sort_indices`], a stable
//! bottom-up merge sort of indices behind a `dyn` comparison, compiled once; the
//! generic wrappers only build keys and move elements. The two hot sorts (ranking a
//! whole base by score, the bias ranks) go through [`sort_keyed`] on integer keys.

use std::cmp::Ordering;

/// Sorts `order` (usually indices into some slice) stably by `cmp`: elements that
/// compare equal keep their order. A bottom-up merge sort: ⌈log₂ n⌉ passes of n
/// moves each, one buffer of n, at most n·⌈log₂ n⌉ comparisons.
pub fn sort_indices(order: &mut Vec<usize>, cmp: &dyn Fn(usize, usize) -> Ordering) {
    let n = order.len();
    let mut out = order.clone();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut l, mut r) = (start, mid);
            for slot in &mut out[start..end] {
                // Take from the left run unless the right one is strictly smaller.
                let left = l < mid && (r >= end || cmp(order[l], order[r]) != Ordering::Greater);
                *slot = if left { order[l] } else { order[r] };
                if left {
                    l += 1;
                } else {
                    r += 1;
                }
            }
            start = end;
        }
        std::mem::swap(order, &mut out);
        width *= 2;
    }
}

/// Sorts `(key, index)` pairs by key, ascending or `descending`; equal keys end up
/// in no particular order. For the hot sorts on integer keys where ties do not matter
/// (ranking 10 000 scores, the bias ranks): the standard library's pattern-defeating
/// quicksort, instantiated once for this one type, is three times faster there than
/// [`sort_indices`] with its `dyn` comparison.
pub fn sort_keyed(pairs: &mut [(i128, usize)], descending: bool) {
    pairs.sort_unstable_by_key(|p| p.0);
    if descending {
        pairs.reverse();
    }
}

/// The indices `0..n` sorted stably by `cmp`.
pub fn sorted_indices(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    sort_indices(&mut order, cmp);
    order
}

/// Sorts `items` stably by `cmp` (the replacement for `slice::sort_by`).
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = sorted_indices(items.len(), &|a, b| cmp(&items[a], &items[b]));
    permute(items, &order);
}

/// Sorts `items` stably by `key` (the replacement for `slice::sort_by_key`); wrap the
/// key in `std::cmp::Reverse` for descending order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Reorders `items` so that position `k` holds the element that was at `order[k]`
/// (`order` is a permutation of `0..items.len()`).
fn permute<T>(items: &mut Vec<T>, order: &[usize]) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_indices_stably_by_a_key() {
        // Keys by index: 0→3, 1→1, 2→3, 3→0, 4→1. Ascending and stable:
        // 0 (idx 3), 1 (idx 1, then 4), 3 (idx 0, then 2).
        let keys = [3, 1, 3, 0, 1];
        let order = sorted_indices(keys.len(), &|a, b| keys[a].cmp(&keys[b]));
        assert_eq!(order, vec![3, 1, 4, 0, 2]);
    }

    #[test]
    fn sorts_elements_with_reverse_keys() {
        let mut items = vec![("b", 2), ("a", 5), ("c", 2), ("d", 9)];
        sort_by_key(&mut items, |x| std::cmp::Reverse(x.1));
        assert_eq!(items, vec![("d", 9), ("a", 5), ("b", 2), ("c", 2)]);
    }

    #[test]
    fn sorts_keyed_pairs_both_ways() {
        // Keys 5, −2, 7, 9 at indices 0..4. Ascending: −2 (1), 5 (0), 7 (2), 9 (3).
        let pairs = vec![(5, 0), (-2, 1), (7, 2), (9, 3)];
        let mut up = pairs.clone();
        sort_keyed(&mut up, false);
        assert_eq!(up, vec![(-2, 1), (5, 0), (7, 2), (9, 3)]);
        let mut down = pairs;
        sort_keyed(&mut down, true);
        assert_eq!(down, vec![(9, 3), (7, 2), (5, 0), (-2, 1)]);
    }

    #[test]
    fn empty_and_single_lists_stay_as_they_are() {
        let mut none: Vec<u8> = Vec::new();
        sort_by_key(&mut none, |x| *x);
        assert!(none.is_empty());
        let mut one = vec![7];
        sort_by_key(&mut one, |x| *x);
        assert_eq!(one, vec![7]);
    }

    #[test]
    fn agrees_with_the_standard_stable_sort_on_every_small_case() {
        // Every list of length 0..=7 over the values 0..3, with positions to check
        // stability: the standard library's stable sort is the oracle.
        for len in 0..=7u32 {
            for code in 0..3u32.pow(len) {
                let values: Vec<(u32, usize)> = (0..len)
                    .map(|k| ((code / 3u32.pow(k)) % 3, k as usize))
                    .collect();
                let mut ours = values.clone();
                sort_by_key(&mut ours, |v| v.0);
                let mut expected = values;
                expected.sort_by_key(|v| v.0);
                assert_eq!(ours, expected);
            }
        }
    }
}
