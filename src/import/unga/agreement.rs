//! `bilat import unga FILE`: the dyadic agreement file (placeholder, filled below).
